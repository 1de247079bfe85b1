import { unretriedNote } from "./retry-notes.js";

const MAX_QUOTED_TEXT = 200;

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

/** Parsed JSON when the text is JSON, else the text, else undefined for an empty body. */
export function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function looksLikeHtml(contentType: string | null, text: string): boolean {
  return contentType?.includes("text/html") === true || /^\s*<(!doctype html|html)/i.test(text);
}

/** The API's own explanation: `detail` (a string or FastAPI's list of `{loc, msg}`), `message` or `error`. */
function explanationIn(body: unknown): string | undefined {
  if (typeof body === "string") {
    return body.length > MAX_QUOTED_TEXT ? `${body.slice(0, MAX_QUOTED_TEXT)}...` : body || undefined;
  }
  if (body === null || typeof body !== "object") return undefined;
  const { detail, message, error } = body as Record<string, unknown>;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    const items = detail.map(describeValidationItem).filter((item) => item !== undefined);
    if (items.length > 0) return items.join("; ");
  }
  if (typeof message === "string") return message;
  if (typeof error === "string") return error;
  return undefined;
}

function describeValidationItem(item: unknown): string | undefined {
  if (item === null || typeof item !== "object") return undefined;
  const { loc, msg } = item as Record<string, unknown>;
  if (typeof msg !== "string") return undefined;
  return Array.isArray(loc) ? `${loc.join(".")}: ${msg}` : msg;
}

/** The reason text of an error response: the API's explanation, or what kind of page came back instead. */
export function describeErrorResponse(response: Response, body: unknown): string | undefined {
  const contentType = response.headers.get("content-type");
  const explanation =
    typeof body === "string" && looksLikeHtml(contentType, body)
      ? "received an HTML page instead of an API response"
      : explanationIn(body);
  const parts = [explanation, unretriedNote(response)].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : undefined;
}
