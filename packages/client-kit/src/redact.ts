const REDACTED = "[REDACTED]";

/** Three base64url segments starting with a JSON header: the shape of every JWT, whoever issued it. */
const JWT_PATTERN = /eyJ[\w-]*\.[\w-]+\.[\w-]+/g;

/**
 * Replaces every occurrence of each secret (as written and URL-encoded) with "[REDACTED]".
 * Empty strings are ignored; longer secrets are replaced first so that one secret inside another leaves no tail.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .flatMap((secret) => (secret ? [secret, encodeURIComponent(secret)] : []))
    .sort((a, b) => b.length - a.length)
    .reduce((redacted, variant) => redacted.split(variant).join(REDACTED), text)
    .replace(JWT_PATTERN, REDACTED);
}

/** Redacts every string inside a parsed JSON value, keys included. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redactSecrets(key, secrets), redactValue(item, secrets)]),
    );
  }
  return value;
}
