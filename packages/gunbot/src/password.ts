const KEY_BYTES = 16;
const PREFIX = "ENC:";

/**
 * Encrypts a Gunbot GUI password the way `POST /auth/login` expects it: AES-128-CBC with PKCS#7 padding, where
 * both the key and the IV are the first 16 bytes of the UTF-8 encoded `gunthyWallet` (`config.bot.gunthy_wallet`),
 * base64 encoded and prefixed with `ENC:`. The result is byte-for-byte what the documented
 * `openssl enc -aes-128-cbc -nosalt -base64 -A` command prints.
 *
 * Uses WebCrypto only, so it runs in browsers, Node >= 20, Deno and workers.
 *
 * @throws {TypeError} when an argument is not a string.
 * @throws {RangeError} when `gunthyWallet` is shorter than 16 bytes of UTF-8 (openssl would silently pad the key
 * with zero bytes; Gunbot's own Node and browser helpers refuse such a key).
 */
export async function encryptPassword(password: string, gunthyWallet: string): Promise<string> {
  if (typeof password !== "string") {
    throw new TypeError(`password must be a string, got ${describe(password)}`);
  }
  if (typeof gunthyWallet !== "string") {
    throw new TypeError(`gunthyWallet must be a string, got ${describe(gunthyWallet)}`);
  }
  const encoder = new TextEncoder();
  const walletBytes = encoder.encode(gunthyWallet);
  if (walletBytes.length < KEY_BYTES) {
    throw new RangeError(
      `gunthyWallet must be at least ${KEY_BYTES} bytes of UTF-8 (got ${walletBytes.length}); ` +
        "use the value of config.bot.gunthy_wallet from your Gunbot config",
    );
  }
  const keyBytes = walletBytes.slice(0, KEY_BYTES);
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "AES-CBC" }, false, ["encrypt"]);
  const cipherText = await crypto.subtle.encrypt(
    { name: "AES-CBC", iv: keyBytes },
    key,
    encoder.encode(password),
  );
  return PREFIX + toBase64(new Uint8Array(cipherText));
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function describe(value: unknown): string {
  return value === null ? "null" : typeof value;
}
