import { isJsonMediaType, type SchemaValidator } from "@tradespec/spec-testing";
import { cannotAuthenticate } from "./credentials.js";
import type { FuzzRequest } from "./requests.js";
import type { Answer } from "./send.js";

/**
 * Statuses the mock's front server answers for any request, in the API's error shape (apps/mock/README.md): 400 for a
 * request no operation could take (malformed path encoding, a body where none is expected, an unreadable charset),
 * 401, 404, 405, 408 (request timeout) and 431 (headers too large).
 */
export const FRONT_SERVER_STATUSES = new Set([400, 401, 404, 405, 408, 431]);
export const ERROR_SCHEMA = "#/components/schemas/Error";

/** Why an answer breaks the contract; undefined when it is one the description documents. */
export function violationOf(
  request: FuzzRequest,
  answer: Answer,
  validator: SchemaValidator,
): string | undefined {
  if (answer.kind === "no-answer") return `no answer (${answer.reason})`;
  const { status } = answer;
  const target = request.target;
  const declared = target?.statuses.includes(String(status)) ?? false;
  if (status >= 500) return `${status}: ${answer.text.slice(0, 160)}`;
  if (status >= 200 && status < 300) {
    if (request.forbiddenQuery.length > 0) {
      return `${status} for a forbidden value of the query parameter ${request.forbiddenQuery.join(", ")}`;
    }
    if (!declared) return `${status} is not a documented success of ${request.label}`;
    if (target?.secured && cannotAuthenticate(request.credentials)) {
      return `${status} without usable credentials (${request.credentials.kind})`;
    }
    const schemas = target?.responseSchemas.get(String(status));
    if (!schemas) return undefined;
    const mediaType = answer.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    const schema = schemas.get(mediaType);
    if (!schema) {
      return `${status} is ${answer.contentType || "without a content type"}, not one ${request.label} declares (${[...schemas.keys()].join(", ")})`;
    }
    return schemaProblem(validator, schema, answer, "success body");
  }
  if (status >= 400 && status < 500) {
    if (!declared && !FRONT_SERVER_STATUSES.has(status)) {
      return `${status} is not documented for ${request.label}: ${answer.text.slice(0, 160)}`;
    }
    return schemaProblem(validator, ERROR_SCHEMA, answer, "error body");
  }
  return `unexpected status ${status}`;
}

function schemaProblem(
  validator: SchemaValidator,
  pointer: string,
  answer: Extract<Answer, { kind: "response" }>,
  what: string,
): string | undefined {
  let body: unknown = answer.text;
  if (isJsonMediaType(answer.contentType.split(";")[0]?.trim() ?? "")) {
    try {
      body = JSON.parse(answer.text);
    } catch {
      return `${answer.status} ${what} is not JSON (${answer.contentType}): ${answer.text.slice(0, 80)}`;
    }
  }
  const errors = validator.validate(pointer, body);
  if (errors.length === 0) return undefined;
  const [first] = errors;
  return `${answer.status} ${what} does not match ${pointer}: ${first?.instancePath} ${first?.message}`;
}
