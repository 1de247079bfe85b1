import { createGordoClient, throwOnError } from "@tradespec/gordo";
import { createGunbotClient } from "@tradespec/gunbot";
import { basePath } from "@tradespec/openapi-operations";
import { type ApiName, loadDescription } from "../description/document.js";
import type { UntypedClient } from "./operation-calls.js";

/** Where each API's operations live: the path of its description's server URL. */
export const BASE_PATH: Record<ApiName, string> = {
  gordo: basePath(loadDescription("gordo")),
  gunbot: basePath(loadDescription("gunbot")),
};

/** Each API's own error body, as its description documents it. */
export const ERROR_BODY: Record<ApiName, (status: number) => unknown> = {
  gordo: (status) => ({ detail: `Injected failure ${status}` }),
  gunbot: (status) => ({ status: "error", message: `Injected failure ${status}`, code: status }),
};

export interface FaultClientOptions {
  baseUrl: string;
  /** None by default, as in the published clients. */
  timeoutMs: number | undefined;
  retries: number;
}

/** The published client of each API, throwing ApiError, with no backoff wait. */
export function faultClient(
  api: ApiName,
  { baseUrl, timeoutMs, retries }: FaultClientOptions,
): UntypedClient {
  const retry = { retries, baseDelayMs: 0, maxDelayMs: 1_000 };
  const client =
    api === "gordo"
      ? createGordoClient({ baseUrl, apiKey: "grd_live_faults", timeoutMs, retry, throwOnError })
      : createGunbotClient({ baseUrl, token: "faults.jwt.token", timeoutMs, retry, throwOnError });
  // The operations are picked from the description at run time, so the typed path literals cannot be known here.
  return client as unknown as UntypedClient;
}
