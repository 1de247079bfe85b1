import { basePath } from "@tradespec/openapi-operations";
import { type ApiName, apiProfiles } from "../../src/apis.js";
import { bundlePath, describeCredentials, readDescription } from "../../src/description.js";
import { type FrontServer, startFrontServer } from "../../src/front-server.js";
import { createPrismEngine, type Responder } from "../../src/prism-engine.js";
import { queryChecker } from "../../src/query-checks.js";
import { DEFAULT_TIMINGS } from "../../src/sandbox/timings.js";
import type { SandboxOptions } from "../../src/sandbox/types.js";

export interface EngineServer {
  readonly server: FrontServer;
  /** The API's base URL on the server. */
  readonly baseUrl: string;
}

/** The sandbox options of the tests: the mock's default timings, no rate limits, webhooks to loopback only. */
export const TEST_SANDBOX_OPTIONS: SandboxOptions = {
  ...DEFAULT_TIMINGS,
  rateLimits: false,
  webhooksToAnyHost: false,
};

/** One API's front server before Prism (memoizing or not) and `responder`, as `startMock` puts them together. */
export async function startEngineServer(
  api: ApiName,
  responder: Responder,
  memoize: boolean,
): Promise<EngineServer> {
  const profile = apiProfiles[api];
  const description = readDescription(bundlePath(profile));
  const backend = {
    engine: await createPrismEngine(description, { dynamic: false, seed: undefined, memoize }),
    responder,
  };
  const checker = queryChecker(description, profile.queryBooleans);
  const server = await startFrontServer({
    profile,
    basePath: basePath(description),
    host: "127.0.0.1",
    port: 0,
    credentialsHint: () => describeCredentials(description),
    queryChecker: () => checker,
    backend: () => backend,
  });
  return { server, baseUrl: `http://127.0.0.1:${server.port}${basePath(description)}` };
}
