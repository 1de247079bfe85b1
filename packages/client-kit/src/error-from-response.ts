import { ApiError } from "./api-error.js";
import { describeErrorResponse, parseRetryAfter, requestIdOf } from "./response-details.js";

/** An ApiError for an HTTP error response whose body has already been read (and parsed where it was JSON). */
export function apiErrorFromResponse(
  response: Response,
  body: unknown,
  operation: string,
  secrets: readonly string[] = [],
): ApiError {
  return new ApiError({
    status: response.status,
    operation,
    reason: describeErrorResponse(response, body),
    body,
    requestId: requestIdOf(response.headers),
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), Date.now()),
    secrets,
  });
}

/** "/v1/positions/7" for a response from https://host/v1/positions/7?x=1; "request" when the URL is unknown. */
export function operationFromUrl(url: string): string {
  if (url === "") return "request";
  try {
    return new URL(url).pathname;
  } catch {
    return "request";
  }
}
