import type { Fault } from "./fault-server.js";

/** What the caller must see: data, or an ApiError with this status (0: no response) after this many arrivals. */
export interface Expected {
  outcome: "data" | number;
  arrivals: number;
}

export interface Scenario {
  /** The fault of each successive arrival of the same call; the last one repeats. */
  faults: Fault[];
  expected: Expected;
}

/** An order meets one fault; whatever it is, the order is sent once and the caller gets a typed error. */
export const ORDER_SCENARIOS: Scenario[] = [
  { faults: ["hang"], expected: { outcome: 0, arrivals: 1 } },
  { faults: ["reset-after-request"], expected: { outcome: 0, arrivals: 1 } },
  { faults: ["429-retry-now"], expected: { outcome: 429, arrivals: 1 } },
  { faults: ["429-retry-later"], expected: { outcome: 429, arrivals: 1 } },
  { faults: ["500"], expected: { outcome: 500, arrivals: 1 } },
  { faults: ["502"], expected: { outcome: 502, arrivals: 1 } },
  { faults: ["503"], expected: { outcome: 503, arrivals: 1 } },
];

/** READ_RETRIES retries: transient faults are retried, lasting ones and 500 end in a typed error. */
export const READ_RETRIES = 2;
export const READ_SCENARIOS: Scenario[] = [
  { faults: ["hang", "ok"], expected: { outcome: "data", arrivals: 2 } },
  { faults: ["reset-after-request", "ok"], expected: { outcome: "data", arrivals: 2 } },
  { faults: ["429-retry-now", "ok"], expected: { outcome: "data", arrivals: 2 } },
  { faults: ["502", "503", "ok"], expected: { outcome: "data", arrivals: 3 } },
  { faults: ["hang"], expected: { outcome: 0, arrivals: 3 } },
  { faults: ["reset-after-request"], expected: { outcome: 0, arrivals: 3 } },
  { faults: ["503"], expected: { outcome: 503, arrivals: 3 } },
  // Retry-After: 30 is above maxDelayMs: handed back at once, with retryAfterMs for the caller.
  { faults: ["429-retry-later"], expected: { outcome: 429, arrivals: 1 } },
  { faults: ["500"], expected: { outcome: 500, arrivals: 1 } },
];

export function faultOf(scenario: Scenario, attempt: number): Fault {
  return scenario.faults[Math.min(attempt, scenario.faults.length) - 1] as Fault;
}
