const MAX_QUOTED_TEXT = 200;

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
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
export function explanationIn(body: unknown): string | undefined {
  if (typeof body === "string") {
    return body.length > MAX_QUOTED_TEXT ? `${body.slice(0, MAX_QUOTED_TEXT)}...` : body;
  }
  const { detail, message, error } = Object(body) as Record<string, unknown>;
  const validation = Array.isArray(detail)
    ? detail.map(describeValidationItem).filter(Boolean).join("; ")
    : "";
  const texts = [detail, validation || undefined, message, error];
  return texts.find((text): text is string => typeof text === "string");
}

function describeValidationItem(item: unknown): string | undefined {
  const { loc, msg } = Object(item) as Record<string, unknown>;
  if (typeof msg !== "string") return undefined;
  return Array.isArray(loc) ? `${loc.join(".")}: ${msg}` : msg;
}
