import {
  bearerAuth,
  createResilientFetch,
  operationMatcher,
  type RetrySettings,
  registerSecrets,
  rejectMalformedJson,
  throwOnError,
  unwrap,
} from "@tradespec/client-kit";
import createClient, { type Client } from "openapi-fetch";
import { readOnlyOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { encryptPassword } from "./password.js";

export interface GunbotClientOptions {
  /** The instance's API root, e.g. `http://localhost:3000/api/v1` (the port is the GUI port). */
  baseUrl: string;
  /** A JWT from an earlier login; otherwise call `login()` first. */
  token?: string;
  /** The fetch that sends each request; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Gives up on one attempt after this many milliseconds. */
  timeoutMs?: number;
  /** Retries of read-only operations (`x-read-only: true`); `false` turns them off. Nothing else is retried. */
  retry?: Partial<RetrySettings> | false;
  /** Throw an `ApiError` instead of returning `{ error }` for failed calls. */
  throwOnError?: boolean;
}

/** The plain password and the wallet to encrypt it with, or a password already encrypted (`ENC:...`). */
export type LoginCredentials = { password: string; gunthyWallet: string } | { encryptedPassword: string };

export interface GunbotClient extends Client<paths, "application/json"> {
  /** Logs in with `POST /auth/login`, keeps the JWT for every later request and returns it. */
  login(credentials: LoginCredentials): Promise<string>;
  /** Uses `token` for later requests; `undefined` forgets it. */
  setToken(token: string | undefined): void;
}

/** A typed Gunbot REST API client: every path, parameter, body and response comes from the OpenAPI description. */
export function createGunbotClient(options: GunbotClientOptions): GunbotClient {
  if (!isHttpUrl(options?.baseUrl)) {
    throw new TypeError(
      `baseUrl must be the instance's API root such as "http://localhost:3000/api/v1", got ${JSON.stringify(options?.baseUrl)}`,
    );
  }
  let token = options.token;
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl,
    fetch: createResilientFetch({
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      isRepeatable: operationMatcher(options.baseUrl, readOnlyOperations),
    }),
  });
  /** The password (plain and encrypted) and wallet of every login, masked in errors for the client's lifetime. */
  const loginSecrets = new Set<string>();
  const secrets = () => (token ? [token, ...loginSecrets] : [...loginSecrets]);
  client.use(bearerAuth(() => token));
  client.use(options.throwOnError ? throwOnError({ secrets }) : rejectMalformedJson({ secrets }));
  registerSecrets(client, secrets);

  return Object.assign(client, {
    async login(credentials: LoginCredentials): Promise<string> {
      const password = await loginPassword(credentials);
      for (const secret of [password, ...plainCredentials(credentials)]) loginSecrets.add(secret);
      const result = await client.POST("/auth/login", { body: { password } });
      const { token: issued } = unwrap(result, { operation: "POST /auth/login", secrets: secrets() });
      token = issued;
      return issued;
    },
    setToken(next: string | undefined): void {
      token = next;
    },
  });
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

async function loginPassword(credentials: LoginCredentials): Promise<string> {
  if (credentials !== null && typeof credentials === "object") {
    if ("encryptedPassword" in credentials) {
      if (
        typeof credentials.encryptedPassword === "string" &&
        credentials.encryptedPassword.startsWith("ENC:")
      ) {
        return credentials.encryptedPassword;
      }
      throw new TypeError('encryptedPassword must be the "ENC:..." string that encryptPassword() returns');
    }
    if ("password" in credentials) return encryptPassword(credentials.password, credentials.gunthyWallet);
  }
  throw new TypeError("login() needs { password, gunthyWallet } or { encryptedPassword }");
}

function plainCredentials(credentials: LoginCredentials): string[] {
  return "password" in credentials ? [credentials.password, credentials.gunthyWallet] : [];
}
