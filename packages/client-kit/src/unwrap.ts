import { secretsOf } from "./client-secrets.js";
import { apiErrorFromResponse, operationFromUrl } from "./error-from-response.js";

export interface UnwrapOptions {
  /** Names the call in the error ("GET /positions/{position_id}"); by default the URL path is used. */
  operation?: string;
  /** Values to mask in the error's message and body (an API key, a password the request carried). */
  secrets?: readonly string[];
  /** The client that made the call: what it recorded with `registerSecrets` is masked too. */
  client?: object;
}

/**
 * The data of an openapi-fetch result, or an ApiError thrown for an error response.
 * A string second argument is the `operation`.
 */
export function unwrap<T>(
  result: { data?: T; error?: unknown; response: Response },
  options: string | UnwrapOptions = {},
): T {
  const { operation, secrets = [], client } = typeof options === "string" ? { operation: options } : options;
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    const masked = client === undefined ? secrets : [...secrets, ...secretsOf(client)];
    throw apiErrorFromResponse(response, error, operation ?? operationFromUrl(response.url), masked);
  }
  return data as T;
}
