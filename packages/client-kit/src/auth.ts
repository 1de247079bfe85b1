import type { Middleware } from "openapi-fetch";

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible Latin-1 characters, spaces and tabs: what an HTTP header value may hold once trimmed. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Checks a credential before it goes into a header. The messages never quote the value: the Headers class would
 * (`Headers.set: "<value>" is an invalid header value`), and the value is a secret.
 */
function headerValue(credential: string, what: string, source: string): string {
  const trimmed = credential.replace(HTTP_WHITESPACE, "");
  if (trimmed === "") throw new TypeError(`${source}: the ${what} is empty`);
  if (!HEADER_VALUE.test(trimmed)) {
    throw new TypeError(
      `${source}: the ${what} contains characters an HTTP header cannot carry (a line break or a character above U+00FF)`,
    );
  }
  return trimmed;
}

/** Sends `key` in the header `headerName` (Gordo: "X-API-Key") unless the request sets that header itself. */
export function apiKeyAuth(headerName: string, key: string): Middleware {
  if (!HEADER_NAME.test(headerName)) {
    throw new TypeError(`apiKeyAuth: ${JSON.stringify(headerName)} is not a valid HTTP header name`);
  }
  if (typeof key !== "string")
    throw new TypeError(`apiKeyAuth: the API key must be a string, got ${typeof key}`);
  const value = headerValue(key, "API key", "apiKeyAuth");
  return {
    onRequest({ request }) {
      if (!request.headers.has(headerName)) request.headers.set(headerName, value);
      return request;
    },
  };
}

/**
 * Sends "Authorization: Bearer <token>" with the token `getToken` returns at request time (Gunbot's JWT), unless the
 * request sets Authorization itself. No header is added while `getToken` returns undefined or "" (before login).
 */
export function bearerAuth(getToken: () => string | undefined): Middleware {
  if (typeof getToken !== "function") {
    throw new TypeError(`bearerAuth: expected a function that returns the token, got ${typeof getToken}`);
  }
  return {
    onRequest({ request }) {
      const token = getToken();
      if (token === undefined || token === "" || request.headers.has("authorization")) return request;
      request.headers.set("authorization", `Bearer ${headerValue(token, "bearer token", "bearerAuth")}`);
      return request;
    },
  };
}
