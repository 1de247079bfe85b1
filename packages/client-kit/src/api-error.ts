import { redactSecrets, redactValue } from "./redact.js";

export interface ApiErrorInit<TBody = unknown> {
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Method and path template, e.g. "POST /positions/{position_id}/close". */
  operation: string;
  /** What went wrong, in words; the API's own `detail`/`message` text for HTTP errors. */
  reason?: string;
  body?: TBody;
  requestId?: string;
  retryAfterMs?: number;
  cause?: unknown;
  /** Values to mask in the message and body (API keys, tokens, passwords). They are not stored. */
  secrets?: readonly string[];
}

/** What `toJSON()` gives: safe to log or send to an error tracker. */
export interface ApiErrorJson {
  name: "ApiError";
  message: string;
  status: number;
  operation: string;
  requestId?: string;
  retryAfterMs?: number;
}

const reasons = new WeakMap<ApiError, string | undefined>();

/** A failed API call: an HTTP error response, an unusable success response, or no response at all. */
export class ApiError<TBody = unknown> extends Error {
  override readonly name = "ApiError" as const;
  declare readonly status: number;
  declare readonly body: TBody;
  declare readonly operation: string;
  declare readonly requestId?: string;
  declare readonly retryAfterMs?: number;

  constructor({
    status,
    operation,
    reason,
    body,
    requestId,
    retryAfterMs,
    cause,
    secrets = [],
  }: ApiErrorInit<TBody>) {
    const redacted = reason && redactSecrets(reason, secrets);
    super(`${operation} failed${status ? ` with HTTP ${status}` : ""}${redacted ? `: ${redacted}` : ""}`, {
      cause,
    });
    Object.assign(this, { status, operation, body: redactValue(body, secrets), requestId, retryAfterMs });
    reasons.set(this, redacted);
  }

  /** The body is left out: it is the server's free-form text and may echo what the request carried. */
  toJSON(): ApiErrorJson {
    const { name, message, status, operation, requestId, retryAfterMs } = this;
    return { name, message, status, operation, requestId, retryAfterMs };
  }
}

/** True for an ApiError, also one created by another copy of this package. */
export function isApiError(error: unknown): error is ApiError {
  return (
    error instanceof ApiError ||
    (error instanceof Error &&
      error.name === "ApiError" &&
      typeof (error as Partial<ApiError>).status === "number" &&
      typeof (error as Partial<ApiError>).operation === "string")
  );
}

/** The same error, named after the operation's path template instead of the concrete URL path. */
export function withOperation(error: ApiError, operation: string): ApiError {
  if (error.operation === operation) return error;
  return new ApiError({ ...error, operation, reason: reasons.get(error), cause: error.cause });
}
