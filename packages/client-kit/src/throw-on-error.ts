import type { Middleware } from "openapi-fetch";
import { ApiError, isApiError, withOperation } from "./api-error.js";
import type { SecretsProvider } from "./client-secrets.js";
import { secretsFor } from "./credentials.js";
import { apiErrorFromResponse } from "./error-from-response.js";
import { assertJsonBody, readText } from "./json-body.js";
import { classifyNetworkFailure } from "./network-failure.js";
import { parseBody } from "./response-details.js";

export interface ThrowOnErrorOptions {
  /** Further values to mask in error messages (a password, say); credential headers are masked anyway. */
  secrets?: SecretsProvider;
}

/**
 * openapi-fetch middleware that turns every failed call into a thrown ApiError: a non-2xx response, a 2xx response
 * whose JSON cannot be parsed (or is an HTML page), and a network failure. A caller's abort keeps its own reason.
 */
export function throwOnError(options: ThrowOnErrorOptions = {}): Middleware {
  return {
    async onResponse({ request, response, schemaPath, options: { parseAs } }) {
      const operation = `${request.method} ${schemaPath}`;
      if (!response.ok) {
        const body = parseBody(await readText(response));
        throw apiErrorFromResponse(response, body, operation, secretsFor(request, options.secrets));
      }
      if (parseAs === "json" && request.method !== "HEAD" && response.status !== 204) {
        await assertJsonBody(response, operation, secretsFor(request, options.secrets));
      }
      return undefined;
    },
    onError({ request, error, schemaPath }) {
      if (request.signal.aborted && error === request.signal.reason) return undefined;
      const operation = `${request.method} ${schemaPath}`;
      if (isApiError(error)) return withOperation(error, operation);
      const failure = classifyNetworkFailure(error);
      return new ApiError({ status: 0, operation, reason: failure.description, cause: error });
    },
  };
}
