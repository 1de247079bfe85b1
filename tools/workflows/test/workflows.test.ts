import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiNames, readWorkflows } from "../src/catalog.js";
import { describeOutcome } from "../src/outcomes.js";
import { runWorkflows, type WorkflowResult } from "../src/run-workflows.js";

/**
 * Workflows whose later steps read what earlier ones wrote: the mock that answers only examples cannot pass them,
 * and each fails at the step named here. The polls are not run on it at all (the job never finishes).
 */
const needState: Record<string, { step: string } | "poll"> = {
  pauseAndResumeStrategy: { step: "paused" },
  createWebhook: { step: "create" },
  toggleKillSwitch: { step: "verify" },
  manageStrategyFile: { step: "list" },
  placeAndCancelOrder: { step: "cancel" },
  runBacktest: "poll",
  runOptimization: "poll",
};

const workflows = apiNames.flatMap((api) => readWorkflows(api));
let results: WorkflowResult[];

beforeAll(async () => {
  results = await runWorkflows({
    env: {},
    mocks: inject("mocks"),
    workflows: workflows.filter((workflow) => needState[workflow.workflowId] !== "poll"),
  });
});

function resultOf(workflowId: string): WorkflowResult {
  const result = results.find((candidate) => candidate.workflow.workflowId === workflowId);
  if (result?.outcome === undefined) throw new Error(`${workflowId} did not run: ${result?.skipped}`);
  return result;
}

describe.each(apiNames)("%s workflows on the mock", (api) => {
  const own = workflows.filter((workflow) => workflow.api === api);

  it("has workflows", () => {
    expect(own.length).toBeGreaterThan(0);
  });

  for (const workflow of own) {
    const expected = needState[workflow.workflowId];
    if (expected === undefined) {
      it(`${workflow.workflowId} passes`, () => {
        const { outcome } = resultOf(workflow.workflowId);
        expect(outcome?.passed, outcome && describeOutcome(api, outcome)).toBe(true);
      });
    } else if (expected !== "poll") {
      it(`${workflow.workflowId} runs up to ${expected.step}, which reads an earlier step's write`, () => {
        const { outcome } = resultOf(workflow.workflowId);
        expect(outcome?.failure?.stepId, outcome && describeOutcome(api, outcome)).toBe(expected.step);
      });
    }
  }
});
