import { describe, expect, it } from "vitest";
import { CoverageLedger, formatCoverage } from "../src/coverage.js";

describe("CoverageLedger", () => {
  it("counts what should run and lists what did not pass", () => {
    const ledger = new CoverageLedger("gordo", "live", [
      { name: "GET /market/price", shouldRun: true },
      { name: "GET /risk/status", shouldRun: true },
      { name: "POST /risk/kill-switch", shouldRun: false },
    ]);
    ledger.exercised("GET /market/price");
    ledger.negativeCase(true);
    ledger.negativeCase(false);

    const summary = ledger.summary();
    expect(summary).toMatchObject({
      operationsToRun: 2,
      operationsExercised: 1,
      missing: ["GET /risk/status"],
    });
    expect(formatCoverage(summary)).toBe(
      "gordo (live): 1/2 operations exercised (50.0 %), the read-only set of 2 of 3 in the description; " +
        "1/2 negative cases passed\n  not exercised: GET /risk/status",
    );
  });
});
