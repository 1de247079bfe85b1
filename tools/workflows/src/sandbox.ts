import { randomUUID } from "node:crypto";
import { encryptPassword } from "@tradespec/gunbot";
import { type Mock, startMock } from "@tradespec/mock";
import type { ApiName } from "./catalog.js";

/**
 * The sandbox's background work, shortened: a research job completes a second after its submission and the
 * executor acts on a closed position a second later, so a workflow's poll (every 3 s) ends on its first retries.
 */
export const sandboxTimings = { jobSeconds: 1, executorSeconds: 1 } as const;

/** A sandbox mock of the API on a free port of 127.0.0.1; `document` serves another bundle than the package's. */
export function startSandboxMock(api: ApiName, document?: string): Promise<Mock> {
  return startMock({
    api,
    port: 0,
    sandbox: true,
    ...sandboxTimings,
    log: () => {},
    ...(document ? { document } : {}),
  });
}

/**
 * Credentials no earlier run used, so every run starts from a sandbox freshly seeded from the description's
 * examples: the sandbox keeps one state per Gordo API key and per Gunbot password.
 */
export async function freshSandboxCredentials(api: ApiName): Promise<Record<string, string>> {
  const secret = randomUUID();
  if (api === "gordo") return { apiKey: `grd_live_sandbox_${secret}` };
  return { encryptedPassword: await encryptPassword(secret, "tradespec-sandbox") };
}
