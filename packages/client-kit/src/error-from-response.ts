import { ApiError } from "./api-error.js";
import { explanationIn, looksLikeHtml, parseRetryAfter } from "./response-details.js";
import { unretriedNote } from "./retry-notes.js";

/**
 * An ApiError about `response`, with its status, request id and Retry-After, and `reason` followed by why a
 * retryable response was not retried.
 */
export function responseError(
  response: Response,
  operation: string,
  reason: string | undefined,
  body: unknown,
  secrets: readonly string[] = [],
): ApiError {
  const { headers, status } = response;
  return new ApiError({
    status,
    operation,
    reason: [reason, unretriedNote(response)].filter(Boolean).join("; "),
    body,
    requestId: headers.get("x-request-id") ?? headers.get("request-id") ?? undefined,
    retryAfterMs: parseRetryAfter(headers.get("retry-after"), Date.now()),
    secrets,
  });
}

/** An ApiError for an HTTP error response whose body has already been read (and parsed where it was JSON). */
export function apiErrorFromResponse(
  response: Response,
  body: unknown,
  operation: string,
  secrets?: readonly string[],
): ApiError {
  const reason =
    typeof body === "string" && looksLikeHtml(response.headers.get("content-type"), body)
      ? "received an HTML page instead of an API response"
      : explanationIn(body);
  return responseError(response, operation, reason, body, secrets);
}

/** "/v1/positions/7" for a response from https://host/v1/positions/7?x=1; "request" when the URL is unknown. */
export function operationFromUrl(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : "request";
}
