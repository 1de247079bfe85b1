import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import type { SecretsProvider } from "./client-secrets.js";
import { secretsFor } from "./credentials.js";
import { responseError } from "./error-from-response.js";
import { looksLikeHtml } from "./response-details.js";

export interface RejectMalformedJsonOptions {
  /** Further values to mask in error messages (a password, say); credential headers are masked anyway. */
  secrets?: SecretsProvider;
}

/**
 * For a 2xx response openapi-fetch parses as JSON: its `json()` and `text()` (openapi-fetch reads one of them) throw
 * an ApiError naming the operation when the body is not JSON. The body is read once, where openapi-fetch reads it.
 */
export function checkJsonBody(
  { request, response, schemaPath, options }: MiddlewareCallbackParams & { response: Response },
  secrets: SecretsProvider | undefined,
): undefined {
  if (!response.ok || options.parseAs !== "json") return undefined;
  const readText = response.text.bind(response);
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      // An empty body is not malformed: openapi-fetch gives `undefined` for it without parsing.
      if (text === "") throw error;
      // The parser's own message quotes the body, so it is not kept as the cause.
      const contentType = response.headers.get("content-type");
      const reason = looksLikeHtml(contentType, text)
        ? "expected JSON but received an HTML page"
        : `response body is not valid JSON (${contentType ?? "no content type"}, ${text.length} characters)`;
      throw responseError(
        response,
        `${request.method} ${schemaPath}`,
        reason,
        text,
        secretsFor(request, secrets),
      );
    }
  };
  response.json = async () => parse(await readText());
  response.text = async () => {
    const text = await readText();
    if (text !== "") parse(text);
    return text;
  };
  return undefined;
}

/**
 * openapi-fetch middleware: a successful response that should be JSON but is not (an HTML page from a proxy, a cut
 * body) throws an ApiError naming the operation, instead of the parser's bare SyntaxError. Non-2xx responses pass.
 */
export function rejectMalformedJson(options: RejectMalformedJsonOptions = {}): Middleware {
  return { onResponse: (context) => checkJsonBody(context, options.secrets) };
}
