import { createGordoClient } from "@tradespec/gordo";
import type { ApiConnection } from "./contract-suite.js";
import { sendThrough } from "./send.js";

/** The mock lets any non-empty API key through; this one is shaped like a real `grd_live_` key. */
export const MOCK_GORDO_API_KEY = "grd_live_contract_suite";

/** Gordo through its typed client: with the API key, and without any. */
export function connectGordo(baseUrl: string, apiKey: string): ApiConnection {
  return {
    send: sendThrough(createGordoClient({ baseUrl, apiKey })),
    sendWithoutCredentials: sendThrough(createGordoClient({ baseUrl })),
  };
}
