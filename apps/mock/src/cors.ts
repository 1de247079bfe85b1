import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";

const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

/** A browser's CORS preflight: OPTIONS with an Origin and the method it wants to use. */
export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === "OPTIONS" &&
    typeof request.headers.origin === "string" &&
    typeof request.headers["access-control-request-method"] === "string"
  );
}

/** Allows any origin, with credentials, and every header the browser asks for (X-API-Key, Authorization, ...). */
export function preflightHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  return {
    "access-control-allow-origin": request.headers.origin,
    "access-control-allow-credentials": "true",
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "",
    "access-control-max-age": PREFLIGHT_MAX_AGE_SECONDS,
    vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
  };
}

/** Lets a page on another origin read the response, including its headers (rate limits, sl-violations). */
export function responseCorsHeaders(
  request: IncomingMessage,
  responseHeaders: OutgoingHttpHeaders,
): OutgoingHttpHeaders {
  const origin = request.headers.origin;
  if (typeof origin !== "string") return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": Object.keys(responseHeaders).join(", "),
    vary: "Origin",
  };
}
