import { apiErrorFromResponse, operationFromUrl } from "./error-from-response.js";

export interface UnwrapOptions {
  /** Names the call in the error ("GET /positions/{position_id}"); by default the URL path is used. */
  operation?: string;
  /** Values to mask in the error's message and body (an API key, a password the request carried). */
  secrets?: readonly string[];
}

/**
 * The data of an openapi-fetch result, or an ApiError thrown for an error response.
 * A string second argument is the `operation`.
 */
export function unwrap<T>(
  result: { data?: T; error?: unknown; response: Response },
  options: string | UnwrapOptions = {},
): T {
  const { operation, secrets } = typeof options === "string" ? { operation: options } : options;
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    throw apiErrorFromResponse(response, error, operation ?? operationFromUrl(response.url), secrets);
  }
  return data as T;
}
