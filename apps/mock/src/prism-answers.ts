import type { ApiProfile } from "./apis.js";
import { isObject } from "./description.js";
import { type EngineResult, isRequestError, type PrismProblem } from "./prism-engine.js";

/** One problem Prism found with a request or an answer, as listed in the `sl-violations` response header. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** The client's request as it reached the public port, for messages that name it. */
export interface RequestContext {
  readonly method: string;
  readonly path: string;
  readonly title: string;
  /** How the description wants clients to authenticate, e.g. `an API key in the header "X-API-Key"`. */
  readonly credentialsHint: string;
}

export interface ApiError {
  readonly status: number;
  readonly message: string;
}

/**
 * Decides whether Prism's answer must be replaced by one in the API's own error shape: a failed security check says
 * how to authenticate, a validation failure names the offending fields, and Prism's own problem+json answers (no
 * route, no declared error) are re-worded. Other answers, taken from the description, are left as they are.
 */
export function apiErrorFor(result: EngineResult, request: RequestContext): ApiError | undefined {
  if (result.kind === "problem") return problemError(result.problem, request);
  const { answer } = result;
  const requestErrors = answer.violations.filter(isRequestError);
  if (answer.status === 401 && requestErrors.some((violation) => String(violation.code) === "401")) {
    return { status: 401, message: `Missing or invalid credentials: send ${request.credentialsHint}.` };
  }
  if ((answer.status === 400 || answer.status === 422) && requestErrors.length > 0) {
    return { status: 400, message: unique(requestErrors.map((violation) => violation.message)).join("; ") };
  }
  const contentType = answer.headers["content-type"] ?? "";
  if (!contentType.startsWith("application/problem+json") || !isObject(answer.body)) return undefined;
  // An answer Prism wrote itself (no response declared for the case), not one from the description.
  const { type, detail, title } = answer.body;
  return problemError(
    {
      status: answer.status,
      name: typeof type === "string" ? type : "",
      ...(typeof detail === "string" ? { detail } : {}),
      ...(typeof title === "string" ? { title } : {}),
    },
    request,
  );
}

function problemError(problem: PrismProblem, request: RequestContext): ApiError {
  const status = problem.status ?? 500;
  if (problem.name.endsWith("#NO_PATH_MATCHED_ERROR")) {
    return {
      status: 404,
      message: `Not found: ${request.method} ${request.path} is not an operation of the ${request.title}`,
    };
  }
  if (problem.name.endsWith("#NO_METHOD_MATCHED_ERROR")) {
    return {
      status: 405,
      message: `Method not allowed: the ${request.title} has no ${request.method} ${request.path}`,
    };
  }
  const message = problem.detail || problem.title || `Request failed with status ${status}`;
  if (status === 415) {
    // A body the operation cannot take, such as one sent to an operation that takes none: a bad request, like others.
    return {
      status: 400,
      message: `Unsupported request body for ${request.method} ${request.path}: ${message}`,
    };
  }
  // Anything else, such as a Prefer header asking for a code or example the description does not declare.
  return { status: status === 422 ? 400 : status, message };
}

export function apiErrorBody(profile: ApiProfile, error: ApiError): Buffer {
  return Buffer.from(JSON.stringify(profile.errorBody(error.status, error.message)));
}

const MAX_VIOLATIONS_HEADER_LENGTH = 8 * 1024 - 100;

/**
 * The `sl-violations` header value, as Prism's own server writes it: the violations as JSON in UTF-8 (Node sends
 * header strings as Latin-1, so the UTF-8 bytes go in as Latin-1 characters), cut short when very long.
 */
export function violationsHeader(violations: readonly Violation[]): string | undefined {
  if (violations.length === 0) return undefined;
  let value = JSON.stringify(violations);
  if (value.length > MAX_VIOLATIONS_HEADER_LENGTH) {
    value = `Too many violations! ${value.slice(0, MAX_VIOLATIONS_HEADER_LENGTH)}`;
  }
  return Buffer.from(value, "utf8").toString("latin1");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
