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

export const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\b/i;
const CHARSET = /charset=("?)([\w.:-]+)\1/i;

export type JsonBody =
  | {
      readonly text: string /** The content type for the text sent on as UTF-8. */;
      readonly contentType: string;
    }
  | { readonly problem: string };

/**
 * A body declared as JSON, decoded with the charset its content type names and checked, so that the client learns
 * where it broke; undefined for other bodies.
 */
export function readJsonBody(headers: IncomingHttpHeaders, body: Buffer): JsonBody | undefined {
  const contentType = headers["content-type"] ?? "";
  if (body.length === 0 || !JSON_MEDIA_TYPE.test(contentType)) return undefined;
  const charset = CHARSET.exec(contentType)?.[2] ?? "utf-8";
  let text: string;
  try {
    text = new TextDecoder(charset, { ignoreBOM: true }).decode(body);
  } catch {
    return { problem: `Unsupported charset "${charset}" for a JSON body: send UTF-8` };
  }
  try {
    JSON.parse(text);
  } catch (error) {
    return { problem: `Malformed JSON body: ${(error as Error).message}` };
  }
  return {
    text,
    contentType: CHARSET.test(contentType) ? contentType.replace(CHARSET, "charset=utf-8") : contentType,
  };
}
