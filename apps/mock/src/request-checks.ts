import type { IncomingHttpHeaders } from "node:http";

/*
 * Requests the front server turns away itself, because Prism would crash on them or misread them.
 */

/** The first path segment that is not valid percent-encoding (`%`, `%ff`, `%E0%A4%A`), which crashes Prism. */
export function undecodablePathSegment(path: string): string | undefined {
  return path.split("/").find((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

/** Whether the body is declared as JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonBody(headers: IncomingHttpHeaders, body: Buffer): boolean {
  return body.length > 0 && /^application\/([\w.-]+\+)?json\b/i.test(headers["content-type"] ?? "");
}

/** The parser's complaint when a JSON body does not parse, so the client learns where it broke. */
export function jsonSyntaxError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
