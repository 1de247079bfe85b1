import { isApiError } from "@tradespec/client-kit";
import type { OpenApiDocument } from "@tradespec/spec-testing";
import { settleAll, withDeadline } from "../concurrency.js";
import type { ApiName } from "../description/document.js";
import type { OperationTarget } from "../description/targets.js";
import { BASE_PATH, ERROR_BODY, faultClient } from "./clients.js";
import { CALL_ID_HEADER, type FaultServer, startFaultServer } from "./fault-server.js";
import { type OperationCall, operationCall } from "./operation-calls.js";
import { faultOf, type Scenario } from "./scenarios.js";

export interface PlannedCall {
  id: string;
  api: ApiName;
  call: OperationCall;
  scenario: Scenario;
}

export interface CallResult {
  planned: PlannedCall;
  /** "data", an ApiError's status, or what else came out (a hang, an untyped error). */
  outcome: "data" | number | string;
  retryAfterMs: number | undefined;
  arrivals: number;
}

export interface FaultRun {
  calls: number;
  timeoutMs: number;
  retries: number;
  concurrency: number;
  /** A call still unsettled after this long counts as hung. */
  deadlineMs: number;
}

/** `count` calls spread round-robin over the operations of both APIs and over the scenarios. */
export function planCalls(
  count: number,
  operations: { api: ApiName; doc: OpenApiDocument; targets: OperationTarget[] }[],
  scenarios: Scenario[],
): PlannedCall[] {
  const calls = operations.flatMap(({ api, doc, targets }) =>
    targets.map((target) => ({ api, call: operationCall(doc, target) })),
  );
  return Array.from({ length: count }, (_, index) => ({
    id: `call-${index}`,
    ...(calls[index % calls.length] as { api: ApiName; call: OperationCall }),
    scenario: scenarios[index % scenarios.length] as Scenario,
  }));
}

/** Sends every planned call through a local fault server per API and reports what each caller got. */
export async function runCalls(planned: PlannedCall[], run: FaultRun): Promise<CallResult[]> {
  const byId = new Map(planned.map((call) => [call.id, call]));
  const servers = new Map<ApiName, FaultServer>();
  try {
    for (const api of ["gordo", "gunbot"] as const) {
      servers.set(
        api,
        await startFaultServer({
          basePath: BASE_PATH[api],
          errorBody: ERROR_BODY[api],
          faultFor: (id, attempt) => {
            const call = byId.get(id);
            return call ? faultOf(call.scenario, attempt) : "500";
          },
        }),
      );
    }
    const clients = new Map(
      [...servers].map(([api, server]) => [
        api,
        faultClient(api, { baseUrl: server.baseUrl, timeoutMs: run.timeoutMs, retries: run.retries }),
      ]),
    );
    const settled = await settleAll(planned, run.concurrency, ({ id, api, call }) =>
      withDeadline(
        clients.get(api)?.request(call.method.toLowerCase(), call.path, {
          params: call.params,
          body: call.body,
          headers: { [CALL_ID_HEADER]: id },
        }) ?? Promise.reject(new Error(`no client for ${api}`)),
        run.deadlineMs,
      ),
    );
    return settled.map((result, index) => {
      const call = planned[index] as PlannedCall;
      const reason = result.status === "rejected" ? result.reason : undefined;
      return {
        planned: call,
        outcome: result.status === "fulfilled" ? "data" : isApiError(reason) ? reason.status : String(reason),
        retryAfterMs: isApiError(reason) ? reason.retryAfterMs : undefined,
        arrivals: servers.get(call.api)?.arrivals.get(call.id) ?? 0,
      };
    });
  } finally {
    await Promise.all([...servers.values()].map((server) => server.close()));
  }
}
