import type { OpenApiDocument, SchemaValidator } from "@tradespec/spec-testing";
import { child, escapePointer, isJsonMediaType, type Located } from "@tradespec/spec-testing";
import type { ErrorObject } from "ajv";
import { type DriftLedger, driftEntries } from "./design-drift.js";
import type { ContractOperation } from "./operations.js";

/** What came back from the API, with the body as raw text. */
export interface ReceivedResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/** `"success"`: any 2xx the operation declares; a number: exactly that status. */
export type ExpectedStatus = "success" | number;

/** The response broke the description; the message names the operation, the status and what was wrong. */
export class ContractViolation extends Error {
  override name = "ContractViolation";
}

const MAX_LISTED_ERRORS = 8;

const excerpt = (body: string) => (body.length > 300 ? `${body.slice(0, 300)}...` : body || "(empty body)");

function statusMatches(key: string, status: number): boolean {
  return key === String(status) || key.toUpperCase() === `${String(status)[0]}XX`;
}

/** The declared response keys that describe the expected status. */
function declaredKeys(responses: OpenApiDocument, expected: ExpectedStatus): string[] {
  const keys = Object.keys(responses);
  if (expected === "success") return keys.filter((key) => /^2(?:\d\d|XX)$/i.test(key));
  const explicit = keys.filter((key) => statusMatches(key, expected));
  return explicit.length > 0 ? explicit : keys.filter((key) => key === "default");
}

function formatSchemaError(error: ErrorObject): string {
  const where = error.instancePath || "(root)";
  const params = error.params as Record<string, unknown>;
  const detail =
    "additionalProperty" in params
      ? ` (${String(params.additionalProperty)})`
      : "allowedValues" in params
        ? ` (${(params.allowedValues as unknown[]).join(", ")})`
        : "";
  return `${where} ${error.message ?? "is invalid"}${detail}`;
}

/** The declared media type a received `Content-Type` falls under (exact, `type/*` or `*\/*`). */
function matchMediaType(declared: string[], contentType: string | null): string | undefined {
  const received = contentType?.split(";")[0]?.trim().toLowerCase();
  if (!received) return undefined;
  return (
    declared.find((type) => type.toLowerCase() === received) ??
    declared.find((type) => type.endsWith("/*") && received.startsWith(type.slice(0, -1).toLowerCase())) ??
    declared.find((type) => type === "*/*")
  );
}

function decode(body: string, mediaType: string, violation: (message: string) => ContractViolation): unknown {
  if (!isJsonMediaType(mediaType)) return body;
  try {
    return JSON.parse(body);
  } catch {
    throw violation(`${mediaType} body is not valid JSON: ${excerpt(body)}`);
  }
}

/**
 * Checks a response against an operation's description: the status is the expected one and declared, the
 * `Content-Type` is one the description lists for it, and the body (JSON parsed, any other type as text) is valid
 * against that media type's schema under JSON Schema 2020-12. Throws a ContractViolation otherwise. With a `drift`
 * ledger (a live target), a body that breaks only designed claims is recorded there as design drift instead.
 */
export function checkResponse(
  doc: OpenApiDocument,
  validator: SchemaValidator,
  operation: ContractOperation,
  expected: ExpectedStatus,
  received: ReceivedResponse,
  drift?: DriftLedger,
): void {
  const violation = (message: string) =>
    new ContractViolation(`${operation.name} -> ${received.status}: ${message}`);
  const wanted = expected === "success" ? "a success (2xx) status" : `status ${expected}`;
  const keys = declaredKeys(operation.responses.node, expected);
  if (keys.length === 0)
    throw violation(`the description declares no response for ${wanted} (${operation.responses.pointer})`);
  const key = keys.find((candidate) => statusMatches(candidate, received.status) || candidate === "default");
  const statusIsExpected = expected === "success" ? key !== undefined : received.status === expected;
  if (!key || !statusIsExpected) {
    throw violation(`expected ${wanted} (declared: ${keys.join(", ")}), body ${excerpt(received.body)}`);
  }

  const response = child(doc, operation.responses, key) as Located;
  const content = child(doc, response, "content");
  const declaredTypes = Object.keys(content?.node ?? {});
  if (!content || declaredTypes.length === 0) {
    if (received.body.trim() !== "")
      throw violation(`${response.pointer} declares no body, got ${excerpt(received.body)}`);
    return;
  }
  const mediaType = matchMediaType(declaredTypes, received.contentType);
  if (!mediaType) {
    throw violation(
      `Content-Type ${received.contentType ?? "(none)"} is not declared (declared: ${declaredTypes.join(", ")})`,
    );
  }
  const media = child(doc, content, mediaType) as Located;
  const value = decode(received.body, mediaType, violation);
  if (media.node.schema === undefined) return;
  const schemaPointer = `${content.pointer}/${escapePointer(mediaType)}/schema`;
  const errors = validator.validate(schemaPointer, value);
  if (errors.length === 0) return;
  const violations = drift ? drift.facts.validate(schemaPointer, value) : errors;
  if (violations.length > 0) {
    const listed = violations.slice(0, MAX_LISTED_ERRORS).map((error) => `  ${formatSchemaError(error)}`);
    const more =
      violations.length > MAX_LISTED_ERRORS
        ? [`  ... and ${violations.length - MAX_LISTED_ERRORS} more`]
        : [];
    throw violation([`${mediaType} body does not match ${schemaPointer}:`, ...listed, ...more].join("\n"));
  }
  drift?.record(driftEntries(operation.name, received.status, value, errors));
}
