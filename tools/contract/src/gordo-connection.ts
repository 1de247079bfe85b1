import { createGordoClient, gordoRateLimiter, type RateLimit } from "@tradespec/gordo";
import type { ApiConnection } from "./contract-suite.js";
import { sendThrough } from "./send.js";

/** The mock lets any non-empty API key through; this one is shaped like a real `grd_live_` key. */
export const MOCK_GORDO_API_KEY = "grd_live_contract_suite";

/** Gordo through its typed client: with the API key, and without any. */
export function connectGordo(baseUrl: string, apiKey: string, rateLimit?: RateLimit): ApiConnection {
  return {
    send: sendThrough(
      createGordoClient({ baseUrl, apiKey, ...(rateLimit && { rateLimiter: gordoRateLimiter(rateLimit) }) }),
    ),
    sendWithoutCredentials: sendThrough(createGordoClient({ baseUrl })),
  };
}

/**
 * A live Gordo account, paced to the limits `GET /account/me` reports for the key, so that the run waits for its
 * window rather than running into 429.
 */
export async function connectGordoAccount(baseUrl: string, apiKey: string): Promise<ApiConnection> {
  const { data, error, response } = await createGordoClient({ baseUrl, apiKey }).GET("/account/me");
  if (!data) {
    throw new Error(
      `GET ${baseUrl}/account/me answered ${response.status}: check GORDO_BASE_URL and GORDO_API_KEY (${JSON.stringify(error)})`,
    );
  }
  const { per_minute: perMinute, per_day: perDay } = data.rate_limits;
  return connectGordo(baseUrl, apiKey, { perMinute, perDay });
}
