import type { Middleware } from "openapi-fetch";
import { ApiError } from "./api-error.js";
import type { SecretsProvider } from "./client-secrets.js";
import { secretsFor } from "./credentials.js";
import { looksLikeHtml, requestIdOf } from "./response-details.js";

export async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return "";
  }
}

/** Reads a copy of the body, so openapi-fetch can still parse the original. */
export async function assertJsonBody(
  response: Response,
  operation: string,
  secrets: readonly string[],
): Promise<void> {
  const text = await readText(response.clone());
  if (text === "") return;
  try {
    JSON.parse(text);
  } catch {
    const contentType = response.headers.get("content-type");
    const reason = looksLikeHtml(contentType, text)
      ? "expected JSON but received an HTML page"
      : `response body is not valid JSON (${contentType ?? "no content type"}, ${text.length} characters)`;
    // The parser's own message quotes the body, so it is not kept as the cause.
    throw new ApiError({
      status: response.status,
      operation,
      reason,
      body: text,
      requestId: requestIdOf(response.headers),
      secrets,
    });
  }
}

export interface RejectMalformedJsonOptions {
  /** Further values to mask in error messages (a password, say); credential headers are masked anyway. */
  secrets?: SecretsProvider;
}

/**
 * openapi-fetch middleware: a successful response that should be JSON but is not (an HTML page from a proxy, a cut
 * body) throws an ApiError naming the operation, instead of the parser's bare SyntaxError. Non-2xx responses pass.
 */
export function rejectMalformedJson(options: RejectMalformedJsonOptions = {}): Middleware {
  return {
    async onResponse({ request, response, schemaPath, options: { parseAs } }) {
      if (response.ok && parseAs === "json" && request.method !== "HEAD" && response.status !== 204) {
        await assertJsonBody(
          response,
          `${request.method} ${schemaPath}`,
          secretsFor(request, options.secrets),
        );
      }
      return undefined;
    },
  };
}
