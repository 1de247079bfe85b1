import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import { ApiError, isApiError, withOperation } from "./api-error.js";
import type { SecretsProvider } from "./client-secrets.js";
import { secretsFor } from "./credentials.js";
import { apiErrorFromResponse } from "./error-from-response.js";
import { checkJsonBody } from "./json-body.js";
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
    onResponse(context) {
      return context.response.ok
        ? checkJsonBody(context, options.secrets)
        : rejectErrorResponse(context, options.secrets);
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

async function rejectErrorResponse(
  { request, response, schemaPath }: MiddlewareCallbackParams & { response: Response },
  secrets: SecretsProvider | undefined,
): Promise<never> {
  // A body that cannot be read (the connection broke) leaves the error without one.
  const text = await response.text().catch(() => "");
  throw apiErrorFromResponse(
    response,
    parseBody(text),
    `${request.method} ${schemaPath}`,
    secretsFor(request, secrets),
  );
}
