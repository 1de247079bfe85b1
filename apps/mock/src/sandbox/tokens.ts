import { createHash, createHmac, randomBytes } from "node:crypto";

/*
 * Bearer tokens a sandbox login issues: JWT-shaped, naming the sandbox of the secret they were issued for (a
 * password's hash, never the password) and signed with a key of this mock process, so that the sandbox a token
 * belongs to is read from the token alone. Tokens from elsewhere (the documents' YOUR_TOKEN) name no sandbox.
 */

const SIGNING_KEY = randomBytes(32);

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A token whose holder shares the sandbox of everyone who logs in with the same secret. */
export function issueSandboxToken(secret: string, now: Date): string {
  const sandbox = createHash("sha256").update(secret).digest("hex").slice(0, 32);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(JSON.stringify({ sandbox, iat: Math.floor(now.getTime() / 1000) }));
  return `${header}.${payload}.${signature(`${header}.${payload}`)}`;
}

/** The sandbox an `Authorization: Bearer <token>` header names, if this mock issued the token. */
export function sandboxOfBearer(authorization: string | undefined): string | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const [header, payload, signed] = token?.split(".") ?? [];
  if (!header || !payload || signed !== signature(`${header}.${payload}`)) return undefined;
  try {
    const { sandbox } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      sandbox?: unknown;
    };
    return typeof sandbox === "string" ? sandbox : undefined;
  } catch {
    return undefined;
  }
}

function signature(data: string): string {
  return createHmac("sha256", SIGNING_KEY).update(data).digest("base64url");
}
