import type { ExecutedStep, ExecutedWorkflow, RespectReport } from "./respect.js";

/** How one workflow went: passed, or the step that failed and why. */
export interface WorkflowOutcome {
  readonly file: string;
  readonly workflowId: string;
  readonly passed: boolean;
  /** The steps in the order they ran, a child workflow's steps as `logIn > login`; retries repeat a step. */
  readonly steps: readonly { stepId: string; passed: boolean; method?: string; url?: string }[];
  /** The failing step, as in `steps`, and its failed checks; undefined when the workflow passed. */
  readonly failure: { stepId: string; checks: readonly string[] } | undefined;
}

/** Reads Respect's JSON report into one outcome per workflow it ran. */
export function readOutcomes(report: RespectReport): WorkflowOutcome[] {
  return Object.entries(report.files).flatMap(([file, result]) =>
    (result.executedWorkflows ?? []).map((workflow) => outcomeOf(file, workflow)),
  );
}

function outcomeOf(file: string, workflow: ExecutedWorkflow): WorkflowOutcome {
  const steps = flattenSteps(workflow.executedSteps, "");
  // A step retried by its onFailure action is reported once per attempt; the last attempt decides.
  const last = steps.at(-1);
  const passed = workflow.status === "success";
  const failure = passed
    ? undefined
    : last === undefined
      ? { stepId: "(none)", checks: ["the workflow ran no step"] }
      : { stepId: last.stepId, checks: last.failedChecks };
  return {
    file,
    workflowId: workflow.workflowId,
    passed,
    steps: steps.map(({ stepId, passed, method, url }) => ({ stepId, passed, method, url })),
    failure,
  };
}

interface FlatStep {
  stepId: string;
  passed: boolean;
  method?: string;
  url?: string;
  failedChecks: string[];
}

function flattenSteps(executed: readonly (ExecutedStep | ExecutedWorkflow)[], prefix: string): FlatStep[] {
  return executed.flatMap((entry): FlatStep[] => {
    if (entry.type === "workflow") {
      return flattenSteps(entry.executedSteps, `${prefix}${entry.stepId ?? entry.workflowId} > `);
    }
    const step: FlatStep = {
      stepId: prefix + entry.stepId,
      passed: entry.status === "success",
      failedChecks: entry.checks.filter((check) => !check.passed).map((check) => check.message),
    };
    if (entry.request) {
      step.method = entry.request.method.toUpperCase();
      step.url = entry.request.url;
    }
    return [step];
  });
}

/** One line per workflow: `gordo quickStart passed`, or the failing step and its failed checks. */
export function describeOutcome(api: string, outcome: WorkflowOutcome): string {
  if (outcome.failure === undefined) return `${api} ${outcome.workflowId}: passed`;
  return [
    `${api} ${outcome.workflowId}: failed at step ${outcome.failure.stepId}`,
    ...outcome.failure.checks.map((check) => `    ${check.replace(/\s+/g, " ").trim()}`),
  ].join("\n");
}
