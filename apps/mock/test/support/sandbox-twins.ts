import { type ApiName, apiProfiles } from "../../src/apis.js";
import { bundlePath, readDescription } from "../../src/description.js";
import type { Responder, SandboxAnswer, ValidatedCall } from "../../src/prism-engine.js";
import { sandboxesFor } from "../../src/sandboxes.js";
import { type EngineServer, startEngineServer, TEST_SANDBOX_OPTIONS } from "./engine-server.js";

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
  const description = readDescription(bundlePath(apiProfiles[api]));
  const sandboxes = sandboxesFor(api, description, { ...TEST_SANDBOX_OPTIONS, log: () => {} });
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
  const servers: EngineServer[] = [];
  try {
    servers.push(
      await startEngineServer(api, recording, true),
      await startEngineServer(api, replaying, false),
    );
  } catch (error) {
    await Promise.all(servers.map(({ server }) => server.close()));
    sandboxes.close();
    throw error;
  }
  return {
    fastUrl: servers[0]?.baseUrl ?? "",
    referenceUrl: servers[1]?.baseUrl ?? "",
    mismatches,
    async close() {
      await Promise.all(servers.map(({ server }) => server.close()));
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
