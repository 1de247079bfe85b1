/** Error codes (undici's `cause.code`) that prove the connection was never made, so nothing was sent. */
const NEVER_SENT: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed temporarily",
};

const KNOWN_AFTER_CONNECT: Readonly<Record<string, string>> = {
  ECONNRESET: "connection reset",
  UND_ERR_SOCKET: "connection closed before the response arrived",
  EPIPE: "connection closed while sending",
};

export interface NetworkFailure {
  /** Safe to show: names the kind of failure and its code, never URLs or payloads. */
  description: string;
  /** True only when the request provably never reached the server. */
  neverReachedServer: boolean;
}

export function classifyNetworkFailure(error: unknown): NetworkFailure {
  const codes = errorCodes(error);
  const neverReachedServer = codes.length > 0 && codes.every((code) => code in NEVER_SENT);
  const code = codes[0];
  if (code === undefined) return { description: "network error", neverReachedServer };
  const kind = NEVER_SENT[code] ?? KNOWN_AFTER_CONNECT[code] ?? "network error";
  return { description: `${kind} (${code})`, neverReachedServer };
}

/**
 * The codes at the bottom of a fetch error's cause chain. For an AggregateError (one attempt per address, as Node
 * makes for a host with IPv4 and IPv6 addresses) the codes of all attempts count.
 */
function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === null || typeof error !== "object") return [];
  const { cause, code, errors } = error as { cause?: unknown; code?: unknown; errors?: unknown };
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.flatMap((inner) => errorCodes(inner, depth + 1));
  }
  const deeper = errorCodes(cause, depth + 1);
  if (deeper.length > 0) return deeper;
  return typeof code === "string" ? [code] : [];
}
