import type { Reporter, TestModule, Vitest } from "vitest/node";
import { type CoverageSummary, formatCoverage } from "./coverage.js";
import { type DriftEntry, formatDrift } from "./design-drift.js";

declare module "vitest" {
  interface TaskMeta {
    /** Set on each API's suite once its tests ran, printed by the CoverageReporter at the end of the run. */
    contractCoverage?: CoverageSummary;
    /** Set on a live target: the designed claims that did not hold, printed after the coverage. */
    designDrift?: { api: string; entries: DriftEntry[] };
  }
}

/** Prints each API's operation coverage, and on a live target its design drift, after every test has finished. */
export default class CoverageReporter implements Reporter {
  #log: (message: string) => void = console.log;

  onInit(vitest: Vitest): void {
    this.#log = (message) => vitest.logger.log(message);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const metas = testModules.flatMap((module) =>
      [...module.children.allSuites()].map((suite) => suite.meta()),
    );
    const summaries = metas.flatMap((meta) => meta.contractCoverage ?? []);
    if (summaries.length > 0)
      this.#log(["", "Operation coverage", ...summaries.map(formatCoverage), ""].join("\n"));
    const drifts = metas.flatMap((meta) => meta.designDrift ?? []);
    if (drifts.length > 0) {
      this.#log(
        ["Design drift", ...drifts.map(({ api, entries }) => formatDrift(api, entries)), ""].join("\n"),
      );
    }
  }
}
