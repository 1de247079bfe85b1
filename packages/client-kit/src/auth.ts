const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible Latin-1 characters, spaces and tabs: what an HTTP header value may hold once trimmed. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Checks a credential before it goes into a header. The messages never quote the value: the Headers class would
 * (`Headers.set: "<value>" is an invalid header value`), and the value is a secret.
 */
function headerValue(credential: unknown, what: string, source: string): string {
  if (typeof credential !== "string")
    throw new TypeError(`${source}: the ${what} must be a string, got ${typeof credential}`);
  const trimmed = credential.replace(HTTP_WHITESPACE, "");
  if (trimmed === "") throw new TypeError(`${source}: the ${what} is empty`);
  if (!HEADER_VALUE.test(trimmed)) {
    throw new TypeError(
      `${source}: the ${what} contains characters an HTTP header cannot carry (a line break or a character above U+00FF)`,
    );
  }
  return trimmed;
}

/**
 * Default headers for openapi-fetch's `headers` option that send `key` in `headerName` (Gordo: "X-API-Key"). A
 * request that sets the header itself overrides it. Default headers cost nothing per request, unlike middleware.
 */
export function apiKeyHeader(headerName: string, key: string): Record<string, string> {
  if (!HEADER_NAME.test(headerName)) {
    throw new TypeError(`apiKeyHeader: ${JSON.stringify(headerName)} is not a valid HTTP header name`);
  }
  return { [headerName]: headerValue(key, "API key", "apiKeyHeader") };
}

export interface BearerHeaders {
  /** For openapi-fetch's `headers` option: read on every request, so a later `setToken` applies to later requests. */
  readonly headers: Readonly<Record<string, string>>;
  /** Sends "Authorization: Bearer <token>" from now on; `undefined` or "" stops sending it. */
  setToken(token: string | undefined): void;
}

/**
 * Default headers carrying a bearer token that can change (Gunbot's JWT after `POST /auth/login`). No Authorization
 * header goes out while there is no token; a request that sets Authorization itself overrides it.
 */
export function bearerHeaders(token?: string): BearerHeaders {
  const headers: Record<string, string> = {};
  const setToken = (next: string | undefined): void => {
    if (next === undefined || next === "") delete headers.Authorization;
    else headers.Authorization = `Bearer ${headerValue(next, "bearer token", "bearerHeaders")}`;
  };
  setToken(token);
  return { headers, setToken };
}
