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
  readonly status: number;
  readonly body: TBody;
  readonly operation: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;

  constructor(init: ApiErrorInit<TBody>) {
    const secrets = init.secrets ?? [];
    const reason = init.reason === undefined ? undefined : redactSecrets(init.reason, secrets);
    const outcome = init.status > 0 ? `failed with HTTP ${init.status}` : "failed";
    super(`${init.operation} ${outcome}${reason ? `: ${reason}` : ""}`, { cause: init.cause });
    this.status = init.status;
    this.operation = init.operation;
    this.body = redactValue(init.body, secrets) as TBody;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    reasons.set(this, reason);
  }

  /** The body is left out: it is the server's free-form text and may echo what the request carried. */
  toJSON(): ApiErrorJson {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      operation: this.operation,
      ...(this.requestId !== undefined && { requestId: this.requestId }),
      ...(this.retryAfterMs !== undefined && { retryAfterMs: this.retryAfterMs }),
    };
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
  return new ApiError({
    status: error.status,
    operation,
    reason: reasons.get(error),
    body: error.body,
    requestId: error.requestId,
    retryAfterMs: error.retryAfterMs,
    cause: error.cause,
  });
}
