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

/**
 * The clock of the clients' timers (`setTimeout`), held still by the caller (vitest's fake timers) and moved only by
 * `advance`: a call's timeout then fires when its attempt hangs at the server, never while an answer is on its way.
 */
export interface HeldClock {
  advance(ms: number): void;
}

export type FaultRun =
  | {
      /** The clients run without a timeout: every fault of these scenarios is answered, so none can race it. */
      kind: "answered";
      retries: number;
      concurrency: number;
      /** A call still unsettled after this long (real time) counts as hung: a guard, far above any answer. */
      deadlineMs: number;
    }
  | {
      /** Scenarios with hangs: the clients time out after `timeoutMs` of `clock`, moved only while every call hangs. */
      kind: "timeouts";
      retries: number;
      timeoutMs: number;
      clock: HeldClock;
    };

/** Every (operation, scenario) pair once, over the operations of both APIs, operations first. */
export function planCalls(
  operations: { api: ApiName; doc: OpenApiDocument; targets: OperationTarget[] }[],
  scenarios: Scenario[],
): PlannedCall[] {
  const calls = operations.flatMap(({ api, doc, targets }) =>
    targets.map((target) => ({ api, call: operationCall(doc, target) })),
  );
  return calls.flatMap((call, operation) =>
    scenarios.map((scenario, index) => ({
      id: `call-${operation}-${index}`,
      ...call,
      scenario,
    })),
  );
}

/** Sends every planned call through a local fault server per API and reports what each caller got. */
export async function runCalls(planned: PlannedCall[], run: FaultRun): Promise<CallResult[]> {
  const byId = new Map(planned.map((call) => [call.id, call]));
  /** Calls whose latest attempt hangs at the server and has not had its timeout yet. */
  const hanging = new Set<string>();
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
            const fault = call ? faultOf(call.scenario, attempt) : "500";
            if (fault === "hang") hanging.add(id);
            return fault;
          },
        }),
      );
    }
    const clients = new Map(
      [...servers].map(([api, server]) => [
        api,
        faultClient(api, {
          baseUrl: server.baseUrl,
          timeoutMs: run.kind === "timeouts" ? run.timeoutMs : undefined,
          retries: run.retries,
        }),
      ]),
    );
    const send = ({ id, api, call }: PlannedCall) =>
      clients.get(api)?.request(call.method.toLowerCase(), call.path, {
        params: call.params,
        body: call.body,
        headers: { [CALL_ID_HEADER]: id },
      }) ?? Promise.reject(new Error(`no client for ${api}`));
    const settled =
      run.kind === "answered"
        ? await settleAll(planned, run.concurrency, (call) => withDeadline(send(call), run.deadlineMs))
        : await settleWithHeldClock(planned, send, hanging, run);
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

/**
 * Starts every call at once, then moves the clock by `timeoutMs` only when every unsettled call hangs at the server:
 * the timers that fire are exactly those of hung attempts. Zero-delay timers (the retries' backoff, with a base
 * delay of 0) run as soon as they are due, without moving the clock.
 */
async function settleWithHeldClock<R>(
  planned: PlannedCall[],
  send: (call: PlannedCall) => Promise<R>,
  hanging: Set<string>,
  { timeoutMs, clock }: { timeoutMs: number; clock: HeldClock },
): Promise<PromiseSettledResult<R>[]> {
  const unsettled = new Set(planned.map(({ id }) => id));
  const settling = planned.map((call) =>
    send(call)
      .then(
        (value): PromiseSettledResult<R> => ({ status: "fulfilled", value }),
        (reason): PromiseSettledResult<R> => ({ status: "rejected", reason }),
      )
      .finally(() => unsettled.delete(call.id)),
  );
  while (unsettled.size > 0) {
    clock.advance(0);
    if ([...unsettled].every((id) => hanging.has(id))) {
      hanging.clear();
      clock.advance(timeoutMs);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Promise.all(settling);
}
