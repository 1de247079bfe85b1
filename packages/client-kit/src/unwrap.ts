import { apiErrorFromResponse, operationFromUrl } from "./error-from-response.js";

/**
 * The data of an openapi-fetch result, or an ApiError thrown for an error response.
 * `operation` names the call in the error ("GET /positions/{position_id}"); by default the URL path is used.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }, operation?: string): T {
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    throw apiErrorFromResponse(response, error, operation ?? operationFromUrl(response.url));
  }
  return data as T;
}
