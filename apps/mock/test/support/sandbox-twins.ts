import { basePath } from "@tradespec/openapi-operations";
import { type ApiName, apiProfiles } from "../../src/apis.js";
import { bundlePath, describeCredentials, readDescription } from "../../src/description.js";
import { type FrontServer, startFrontServer } from "../../src/front-server.js";
import {
  createPrismEngine,
  type Responder,
  type SandboxAnswer,
  type ValidatedCall,
} from "../../src/prism-engine.js";
import { queryChecker } from "../../src/query-checks.js";
import { sandboxesFor } from "../../src/sandboxes.js";

/**
 * Two sandbox mocks of one API that answer as one: the fast one (memoizing) asks the real sandbox and records what
 * it was asked and answered; the reference (Prism's own pipeline on every request) is answered from that record,
 * provided it asks exactly the same. Send each request to the fast one first, then to the reference: their answers
 * must then be equal byte for byte, and `mismatches` lists every time the reference asked something else.
 */
export interface SandboxTwins {
  readonly fastUrl: string;
  readonly referenceUrl: string;
  readonly mismatches: string[];
  close(): Promise<void>;
}

interface Asked {
  readonly call: string;
  readonly answer: SandboxAnswer | undefined;
}

export async function startSandboxTwins(api: ApiName): Promise<SandboxTwins> {
  const profile = apiProfiles[api];
  const description = readDescription(bundlePath(profile));
  const sandboxes = sandboxesFor(api, description, {
    jobSeconds: 6,
    executorSeconds: 3,
    rateLimits: false,
    webhooksToAnyHost: false,
    log: () => {},
  });
  const asked: Asked[] = [];
  const mismatches: string[] = [];
  const recording: Responder = (call) => {
    const answer = sandboxes.responder(call);
    asked.push({ call: described(call), answer });
    return answer;
  };
  const replaying: Responder = (call) => {
    const next = asked.shift();
    if (next?.call !== described(call))
      mismatches.push(`reference asked ${described(call)}, fast path ${next?.call}`);
    return next?.answer;
  };
  const start = async (memoize: boolean, responder: Responder) => {
    const backend = {
      engine: await createPrismEngine(description, { dynamic: false, seed: undefined, memoize }),
      responder,
    };
    const checker = queryChecker(description, profile.queryBooleans);
    return startFrontServer({
      profile,
      basePath: basePath(description),
      host: "127.0.0.1",
      port: 0,
      credentialsHint: () => describeCredentials(description),
      queryChecker: () => checker,
      backend: () => backend,
    });
  };
  const servers: FrontServer[] = [];
  try {
    servers.push(await start(true, recording), await start(false, replaying));
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    sandboxes.close();
    throw error;
  }
  const url = (server: FrontServer | undefined) => `http://127.0.0.1:${server?.port}${basePath(description)}`;
  return {
    fastUrl: url(servers[0]),
    referenceUrl: url(servers[1]),
    mismatches,
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      sandboxes.close();
      if (asked.length > 0)
        mismatches.push(`the reference never asked ${asked.map((entry) => entry.call).join(", ")}`);
    },
  };
}

/** What the sandbox is asked, as text; the Host header differs between the twins, and says nothing of the call. */
function described({ operation, request, violations, prefers }: ValidatedCall): string {
  const { host: _host, ...headers } = request.headers;
  return JSON.stringify({ operation: operation.iid, request: { ...request, headers }, violations, prefers });
}
