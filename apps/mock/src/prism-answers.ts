import type { IncomingHttpHeaders } from "node:http";
import type { ApiProfile } from "./apis.js";
import { isObject } from "./description.js";

/** One entry of the `sl-violations` header Prism sets when a request breaks the description. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
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
export function apiErrorFor(answer: UpstreamAnswer, request: RequestContext): ApiError | undefined {
  const violations = parseViolations(answer.headers["sl-violations"]);
  const requestErrors = violations.filter(
    (violation) => violation.severity === "Error" && violation.location[0] === "request",
  );
  if (answer.status === 401 && requestErrors.some((violation) => String(violation.code) === "401")) {
    return { status: 401, message: `Missing or invalid credentials: send ${request.credentialsHint}.` };
  }
  if ((answer.status === 400 || answer.status === 422) && requestErrors.length > 0) {
    return { status: 400, message: unique(requestErrors.map((violation) => violation.message)).join("; ") };
  }
  if (!isPrismProblem(answer)) return undefined;
  const problem = parseJson(answer.body);
  const type = isObject(problem) && typeof problem.type === "string" ? problem.type : "";
  if (type.endsWith("#NO_PATH_MATCHED_ERROR")) {
    return {
      status: 404,
      message: `Not found: ${request.method} ${request.path} is not an operation of the ${request.title}`,
    };
  }
  if (type.endsWith("#NO_METHOD_MATCHED_ERROR")) {
    return {
      status: 405,
      message: `Method not allowed: the ${request.title} has no ${request.method} ${request.path}`,
    };
  }
  const detail = isObject(problem) ? (problem.detail ?? problem.title) : undefined;
  const message = typeof detail === "string" ? detail : `Request failed with status ${answer.status}`;
  if (answer.status === 415) {
    // A body the operation cannot take, such as one sent to an operation that takes none: a bad request, like others.
    return {
      status: 400,
      message: `Unsupported request body for ${request.method} ${request.path}: ${message}`,
    };
  }
  // Anything else, such as a Prefer header asking for a code or example the description does not declare.
  return { status: answer.status === 422 ? 400 : answer.status, message };
}

/** An answer Prism wrote itself (no route matched, no response declared), not one from the description. */
function isPrismProblem(answer: UpstreamAnswer): boolean {
  const contentType = answer.headers["content-type"] ?? "";
  return contentType.startsWith("application/problem+json");
}

export function apiErrorBody(profile: ApiProfile, error: ApiError): Buffer {
  return Buffer.from(JSON.stringify(profile.errorBody(error.status, error.message)));
}

/**
 * The violations Prism listed in `sl-violations`. Prism writes the header as UTF-8 and Node reads header bytes as
 * Latin-1, so a property name like `é` arrives as `Ã©` until decoded.
 */
export function parseViolations(header: string | string[] | undefined): Violation[] {
  if (typeof header !== "string") return [];
  const parsed = parseJson(Buffer.from(header, "latin1"));
  return Array.isArray(parsed) ? parsed.filter(isViolation) : [];
}

/** Answer headers whose `sl-violations` went through `rewrite`, written back as UTF-8 like Prism's own. */
export function withRewrittenViolations(
  headers: IncomingHttpHeaders,
  rewrite: (violations: Violation[]) => Violation[],
): IncomingHttpHeaders {
  const violations = parseViolations(headers["sl-violations"]);
  if (violations.length === 0) return headers;
  const header = Buffer.from(JSON.stringify(rewrite(violations)), "utf8").toString("latin1");
  return { ...headers, "sl-violations": header };
}

function isViolation(value: unknown): value is Violation {
  return (
    isObject(value) &&
    Array.isArray(value.location) &&
    typeof value.severity === "string" &&
    typeof value.message === "string"
  );
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
