import { describe, expect, it } from "vitest";
import { type ApiName, loadDescription } from "../src/description/document.js";
import { operationTargets } from "../src/description/targets.js";
import { type CallResult, planCalls, runCalls } from "../src/faults/run-calls.js";
import { ORDER_SCENARIOS, READ_RETRIES, READ_SCENARIOS } from "../src/faults/scenarios.js";

const CALLS = 1_000;
// Generous enough that a loaded machine (the whole test run shares two cores) answers a fault before it fires; the
// "hang" scenarios still end at it.
const CLIENT_TIMEOUT_MS = 1_500;
const apis = (["gordo", "gunbot"] as const).map((api: ApiName) => {
  const doc = loadDescription(api);
  return { api, doc, targets: operationTargets(doc) };
});
const onlyOrders = apis.map((entry) => ({ ...entry, targets: entry.targets.filter((t) => !t.readOnly) }));
const onlyReads = apis.map((entry) => ({ ...entry, targets: entry.targets.filter((t) => t.readOnly) }));

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

describe("orders through faults", () => {
  it("1,000 calls of operations that are not read-only each reach the server once and end in an ApiError", async () => {
    const planned = planCalls(CALLS, onlyOrders, ORDER_SCENARIOS);
    const results = await runCalls(planned, {
      calls: CALLS,
      timeoutMs: CLIENT_TIMEOUT_MS,
      retries: 3,
      concurrency: 50,
      deadlineMs: 10_000,
    });
    const operations = new Set(planned.map(({ call }) => call.id));
    console.log(`orders: ${results.length} calls of ${operations.size} operations\n${summary(results)}`);

    expect(results).toHaveLength(CALLS);
    expect(operations).toContain("POST /trade/buy");
    expect(operations).toContain("POST /positions/{position_id}/close");
    expect(operations).toContain("POST /risk/kill-switch");
    expect(results.filter(({ arrivals }) => arrivals > 1)).toEqual([]);
    expect(mismatches(results)).toEqual([]);
    const rateLimited = results.filter(({ planned }) => planned.scenario.faults[0] === "429-retry-later");
    expect(rateLimited.every(({ retryAfterMs }) => retryAfterMs === 30_000)).toBe(true);
  });
});

describe("reads through faults", () => {
  it("1,000 read-only calls all settle: data after transient faults, an ApiError otherwise, none hangs", async () => {
    const planned = planCalls(CALLS, onlyReads, READ_SCENARIOS);
    const results = await runCalls(planned, {
      calls: CALLS,
      timeoutMs: CLIENT_TIMEOUT_MS,
      retries: READ_RETRIES,
      concurrency: 50,
      deadlineMs: 10_000,
    });
    const operations = new Set(planned.map(({ call }) => call.id));
    console.log(`reads: ${results.length} calls of ${operations.size} operations\n${summary(results)}`);

    expect(results).toHaveLength(CALLS);
    expect(operations).toContain("POST /balances");
    expect(results.filter(({ arrivals }) => arrivals > READ_RETRIES + 1)).toEqual([]);
    expect(mismatches(results)).toEqual([]);
  });
});
