import {
  bearerHeaders,
  CallRequest,
  createResilientFetch,
  operationMatcher,
  type RetrySettings,
  registerSecrets,
  rejectMalformedJson,
  type throwOnError,
} from "@tradespec/client-kit";
import createClient, { type Client } from "openapi-fetch";
import { readOnlyOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { loginSecretsOf } from "./login-secrets.js";

export interface GunbotClientOptions {
  /** The instance's API root, e.g. `http://localhost:3000/api/v1` (the port is the GUI port). */
  baseUrl: string;
  /** A JWT from an earlier login; otherwise call `login(client, credentials)` first. */
  token?: string;
  /** The fetch that sends each request; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Gives up on one attempt after this many milliseconds without response headers; no limit by default. */
  timeoutMs?: number;
  /** Retries of read-only operations (`x-read-only: true`); `false` turns them off. Nothing else is retried. */
  retry?: Partial<RetrySettings> | false;
  /**
   * Pass `throwOnError`, imported from this package, to throw an `ApiError` for every failed call instead of
   * returning `{ error }`; a separate import, so that bundles without it do not carry it.
   */
  throwOnError?: typeof throwOnError;
}

export interface GunbotClient extends Client<paths, "application/json"> {
  /** Uses `token` for later requests; `undefined` forgets it. `login(client, credentials)` sets it too. */
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
  const auth = bearerHeaders(token);
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl,
    headers: auth.headers,
    Request: CallRequest,
    fetch: createResilientFetch({
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      isRepeatable: operationMatcher(options.baseUrl, readOnlyOperations),
    }),
  });
  const secrets = () => [...(token ? [token] : []), ...loginSecretsOf(client)];
  client.use((options.throwOnError || rejectMalformedJson)({ secrets }));
  registerSecrets(client, secrets);
  return Object.assign(client, {
    setToken(next: string | undefined): void {
      auth.setToken(next);
      token = next;
    },
  });
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}
