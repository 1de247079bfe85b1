import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiName, loadDescription } from "../src/description/document.js";
import { operationTargets } from "../src/description/targets.js";
import { type CallResult, type FaultRun, planCalls, runCalls } from "../src/faults/run-calls.js";
import { ORDER_SCENARIOS, READ_RETRIES, READ_SCENARIOS, type Scenario } from "../src/faults/scenarios.js";

const apis = (["gordo", "gunbot"] as const).map((api: ApiName) => {
  const doc = loadDescription(api);
  return { api, doc, targets: operationTargets(doc) };
});
const onlyOrders = apis.map((entry) => ({ ...entry, targets: entry.targets.filter((t) => !t.readOnly) }));
const onlyReads = apis.map((entry) => ({ ...entry, targets: entry.targets.filter((t) => t.readOnly) }));

const hangs = (scenario: Scenario) => scenario.faults.includes("hang");
/** Faults the server answers: the clients run without a timeout, so a loaded machine only makes them slower. */
const answered = (retries: number): FaultRun => ({
  kind: "answered",
  retries,
  concurrency: 50,
  deadlineMs: 60_000,
});
/** Hangs: the clients' timers run on a clock that moves only while every call hangs (see runCalls). */
const timeouts = (retries: number): FaultRun => ({
  kind: "timeouts",
  retries,
  timeoutMs: 1_500,
  clock: { advance: (ms) => vi.advanceTimersByTime(ms) },
});

afterEach(() => {
  vi.useRealTimers();
});

/** "scenario -> outcome x count" lines, for the log and for a readable failure. */
function summary(results: CallResult[]): string {
  const counts = new Map<string, number>();
  for (const { planned, outcome, arrivals } of results) {
    const key = `${planned.scenario.faults.join(" > ")} -> ${outcome} after ${arrivals} arrival(s)`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `  ${n}\t${key}`).join("\n");
}

function mismatches(results: CallResult[]): string[] {
  return results
    .filter(({ planned, outcome, arrivals }) => {
      const { expected } = planned.scenario;
      return outcome !== expected.outcome || arrivals !== expected.arrivals;
    })
    .map(({ planned, outcome, arrivals }) => {
      const { expected } = planned.scenario;
      const hint = String(outcome).includes("hung")
        ? " (its timeout never fired: see timeout-under-gc.test.ts)"
        : "";
      return `${planned.call.id} through ${planned.scenario.faults.join(" > ")}: got ${outcome} after ${arrivals} arrival(s), expected ${expected.outcome} after ${expected.arrivals}${hint}`;
    });
}

/** Every (operation, scenario) pair once; the hangs on a held clock, the rest without a timeout. */
async function throughEveryFault(
  label: string,
  operations: typeof apis,
  scenarios: Scenario[],
  retries: number,
): Promise<{ planned: ReturnType<typeof planCalls>; results: CallResult[] }> {
  const planned = planCalls(operations, scenarios);
  const results = await runCalls(
    planned.filter(({ scenario }) => !hangs(scenario)),
    answered(retries),
  );
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  results.push(
    ...(await runCalls(
      planned.filter(({ scenario }) => hangs(scenario)),
      timeouts(retries),
    )),
  );
  vi.useRealTimers();
  const operationCount = new Set(planned.map(({ api, call }) => `${api} ${call.id}`)).size;
  console.log(
    `${label}: ${operationCount} operations x ${scenarios.length} scenarios = ${results.length} calls\n${summary(results)}`,
  );
  expect(results).toHaveLength(operationCount * scenarios.length);
  return { planned, results };
}

describe("orders through faults", () => {
  it("every operation that is not read-only, through every fault: it reaches the server once and ends in an ApiError", async () => {
    const { planned, results } = await throughEveryFault("orders", onlyOrders, ORDER_SCENARIOS, 3);
    const operations = new Set(planned.map(({ call }) => call.id));
    expect(operations).toContain("POST /trade/buy");
    expect(operations).toContain("POST /positions/{position_id}/close");
    expect(operations).toContain("POST /risk/kill-switch");
    expect(results.filter(({ arrivals }) => arrivals > 1)).toEqual([]);
    expect(mismatches(results)).toEqual([]);
    const rateLimited = results.filter(({ planned }) => planned.scenario.faults[0] === "429-retry-later");
    expect(rateLimited.length).toBeGreaterThan(0);
    expect(rateLimited.every(({ retryAfterMs }) => retryAfterMs === 30_000)).toBe(true);
  });
});

describe("reads through faults", () => {
  it("every read-only operation, through every fault: data after transient faults, an ApiError otherwise, none hangs", async () => {
    const { planned, results } = await throughEveryFault("reads", onlyReads, READ_SCENARIOS, READ_RETRIES);
    expect(new Set(planned.map(({ call }) => call.id))).toContain("POST /balances");
    expect(results.filter(({ arrivals }) => arrivals > READ_RETRIES + 1)).toEqual([]);
    expect(mismatches(results)).toEqual([]);
  });
});
