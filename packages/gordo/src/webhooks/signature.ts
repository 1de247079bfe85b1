/** What the webhook body may be: the raw bytes as received, before any JSON parsing. */
export type RawBody = string | Uint8Array | ArrayBuffer;

export type SignatureFailureReason = "missing-header" | "malformed-header" | "mismatch";

/** The outcome of a signature check: never throws for a bad signature, so a receiver can answer 401 with `message`. */
export type SignatureCheck =
  | { valid: true }
  | { valid: false; reason: SignatureFailureReason; message: string };

const HEADER_PATTERN = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * Checks an `X-Gordo-Signature` header (`sha256=<hex HMAC-SHA256 of the raw body>`) against the webhook secret.
 * The digest comparison takes the same time wherever the first difference is. Pass the body exactly as received:
 * re-serialized JSON does not verify.
 *
 * @throws {TypeError} only for a programming error: an empty secret or a body that is not a string or bytes.
 */
export async function verifyWebhookSignature(
  rawBody: RawBody,
  header: string | null | undefined,
  secret: string,
): Promise<SignatureCheck> {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new TypeError("secret must be the non-empty webhook secret returned when the webhook was created");
  }
  if (header === null || header === undefined || header === "") {
    return { valid: false, reason: "missing-header", message: "X-Gordo-Signature header is missing" };
  }
  const match = HEADER_PATTERN.exec(header.trim());
  if (!match?.[1]) {
    return {
      valid: false,
      reason: "malformed-header",
      message: 'X-Gordo-Signature must be "sha256=" followed by 64 hex digits',
    };
  }
  const expected = await hmacSha256(secret, toBytes(rawBody));
  if (!constantTimeEqual(expected, hexToBytes(match[1]))) {
    return {
      valid: false,
      reason: "mismatch",
      message: "X-Gordo-Signature does not match the body and secret",
    };
  }
  return { valid: true };
}

/** The header value Gordo sends for `rawBody`: handy for tests and for emitting webhooks to your own receiver. */
export async function signWebhookBody(rawBody: RawBody, secret: string): Promise<string> {
  const digest = await hmacSha256(secret, toBytes(rawBody));
  return `sha256=${Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

async function hmacSha256(secret: string, body: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, body));
}

function toBytes(rawBody: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === "string") return new TextEncoder().encode(rawBody);
  // A copy: WebCrypto refuses views of a SharedArrayBuffer.
  if (rawBody instanceof Uint8Array) return new Uint8Array(rawBody);
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  throw new TypeError("rawBody must be the raw request body as a string, Uint8Array or ArrayBuffer");
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
