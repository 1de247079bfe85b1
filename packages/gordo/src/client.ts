import {
  apiKeyHeader,
  CallRequest,
  createResilientFetch,
  operationMatcher,
  type RateLimiter,
  type RetrySettings,
  registerSecrets,
  rejectMalformedJson,
  type throwOnError,
} from "@tradespec/client-kit";
import createClient, { type Client } from "openapi-fetch";
import { readOnlyOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";

export const GORDO_BASE_URL = "https://api.gordotrader.com/v1";

export interface GordoClientOptions {
  /** Your `grd_live_...` key, sent as `X-API-Key`. Without it every call answers 401. */
  apiKey?: string;
  /** Defaults to https://api.gordotrader.com/v1; point it at a mock such as `http://127.0.0.1:4010/v1`. */
  baseUrl?: string;
  /** The fetch that sends each request; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Gives up on one attempt after this many milliseconds without response headers; no limit by default. */
  timeoutMs?: number;
  /** Retries of read-only operations (`x-read-only: true`); `false` turns them off. Nothing else is retried. */
  retry?: Partial<RetrySettings> | false;
  /** Makes requests wait rather than run into 429: `gordoRateLimiter("pro")` for your tier's limits. */
  rateLimiter?: RateLimiter;
  /**
   * Pass `throwOnError`, imported from this package, to throw an `ApiError` for every failed call instead of
   * returning `{ error }`; a separate import, so that bundles without it do not carry it.
   */
  throwOnError?: typeof throwOnError;
}

export type GordoClient = Client<paths, "application/json">;

/** A typed Gordo Trader API client: every path, parameter, body and response comes from the OpenAPI description. */
export function createGordoClient(options: GordoClientOptions = {}): GordoClient {
  const baseUrl = options.baseUrl ?? GORDO_BASE_URL;
  if (!isHttpUrl(baseUrl)) {
    throw new TypeError(
      `baseUrl must be an absolute URL such as "${GORDO_BASE_URL}", got ${JSON.stringify(baseUrl)}`,
    );
  }
  const { apiKey } = options;
  const client = createClient<paths, "application/json">({
    baseUrl,
    headers: apiKey === undefined ? undefined : apiKeyHeader("X-API-Key", apiKey),
    Request: CallRequest,
    fetch: createResilientFetch({
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      isRepeatable: operationMatcher(baseUrl, readOnlyOperations),
      rateLimiter: options.rateLimiter,
    }),
  });
  const secrets = () => (apiKey ? [apiKey] : []);
  client.use((options.throwOnError || rejectMalformedJson)({ secrets }));
  registerSecrets(client, secrets);
  return client;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}
