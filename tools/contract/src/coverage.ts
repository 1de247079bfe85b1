import type { TargetKind } from "./targets.js";

/** How much of one API's description a run exercised. */
export interface CoverageSummary {
  api: string;
  target: TargetKind;
  operationsInDescription: number;
  /** Operations that should run on this target: all on the mock, the read-only ones on a live target by default. */
  operationsToRun: number;
  /** Operations whose valid request got a response that matches the description. */
  operationsExercised: number;
  negativeCasesRun: number;
  negativeCasesPassed: number;
  /** Operations that should have run but were not exercised, by name. */
  missing: string[];
}

/** Records, test by test, which operations and negative cases of one API passed. */
export class CoverageLedger {
  readonly #exercised = new Set<string>();
  #negativeRun = 0;
  #negativePassed = 0;

  constructor(
    private readonly api: string,
    private readonly target: TargetKind,
    private readonly operations: readonly { name: string; shouldRun: boolean }[],
  ) {}

  exercised(operationName: string): void {
    this.#exercised.add(operationName);
  }

  wasExercised(operationName: string): boolean {
    return this.#exercised.has(operationName);
  }

  negativeCase(passed: boolean): void {
    this.#negativeRun += 1;
    if (passed) this.#negativePassed += 1;
  }

  summary(): CoverageSummary {
    const toRun = this.operations
      .filter((operation) => operation.shouldRun)
      .map((operation) => operation.name);
    return {
      api: this.api,
      target: this.target,
      operationsInDescription: this.operations.length,
      operationsToRun: toRun.length,
      operationsExercised: toRun.filter((name) => this.#exercised.has(name)).length,
      negativeCasesRun: this.#negativeRun,
      negativeCasesPassed: this.#negativePassed,
      missing: toRun.filter((name) => !this.#exercised.has(name)),
    };
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? "100.0" : ((100 * part) / whole).toFixed(1));

/** `gordo (mock): 33/33 operations exercised (100.0 %), 33 in the description; 61/61 negative cases passed`. */
export function formatCoverage(summary: CoverageSummary): string {
  const scope =
    summary.operationsToRun === summary.operationsInDescription
      ? `${summary.operationsInDescription} in the description`
      : `the read-only set of ${summary.operationsToRun} of ${summary.operationsInDescription} in the description`;
  const lines = [
    `${summary.api} (${summary.target}): ${summary.operationsExercised}/${summary.operationsToRun} operations ` +
      `exercised (${percent(summary.operationsExercised, summary.operationsToRun)} %), ${scope}; ` +
      `${summary.negativeCasesPassed}/${summary.negativeCasesRun} negative cases passed`,
  ];
  if (summary.missing.length > 0) lines.push(`  not exercised: ${summary.missing.join(", ")}`);
  return lines.join("\n");
}
