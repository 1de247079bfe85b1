import type { Reporter, TestModule, Vitest } from "vitest/node";
import { type CoverageSummary, formatCoverage } from "./coverage.js";

declare module "vitest" {
  interface TaskMeta {
    /** Set by each API's coverage test, printed by the CoverageReporter at the end of the run. */
    contractCoverage?: CoverageSummary;
  }
}

/** Prints each API's operation coverage after every test has finished. */
export default class CoverageReporter implements Reporter {
  #log: (message: string) => void = console.log;

  onInit(vitest: Vitest): void {
    this.#log = (message) => vitest.logger.log(message);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const summaries = testModules.flatMap((module) =>
      [...module.children.allTests()].flatMap((test) => test.meta().contractCoverage ?? []),
    );
    if (summaries.length === 0) return;
    this.#log(["", "Operation coverage", ...summaries.map(formatCoverage), ""].join("\n"));
  }
}
