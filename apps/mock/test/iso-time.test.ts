import { describe, expect, it } from "vitest";
import { isoTimeOf } from "../src/sandbox/iso-time.js";

describe("isoTimeOf", () => {
  it("writes every time as toISOString does, within a second, across seconds and before 1970", () => {
    const times = [
      Date.UTC(2026, 11, 1, 19, 16, 8, 393),
      Date.UTC(2026, 11, 1, 19, 16, 8, 7),
      Date.UTC(2026, 11, 1, 19, 16, 8, 0),
      Date.UTC(2026, 11, 1, 19, 16, 9, 999),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1, 0, 0, 0, 0),
      -500,
      -1,
      0,
      Date.UTC(12345, 0, 1, 0, 0, 0, 42),
    ];
    for (const ms of [...times, ...[...times].reverse()]) {
      expect(isoTimeOf(new Date(ms))).toBe(new Date(ms).toISOString());
    }
  });
});
