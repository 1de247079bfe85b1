import { fileURLToPath } from "node:url";
import { beforeAll, expect, inject, it } from "vitest";
import { readBundle, readWorkflowFile, writeOperationsOf } from "../src/catalog.js";
import { describeOutcome } from "../src/outcomes.js";
import { runWorkflows, type WorkflowResult } from "../src/run-workflows.js";

const fixture = fileURLToPath(new URL("fixtures/broken.arazzo.yaml", import.meta.url));
let results: WorkflowResult[];

beforeAll(async () => {
  const workflows = readWorkflowFile("gordo", fixture, writeOperationsOf(readBundle("gordo")));
  results = await runWorkflows({ env: {}, mocks: inject("mocks"), workflows });
});

it("names the workflow and the step that failed, with the check that did not hold", () => {
  const lines = results.map((result) => result.outcome && describeOutcome("gordo", result.outcome));

  expect(lines).toEqual([
    expect.stringMatching(/^gordo wrongPath: failed at step broken\n .*\/market\/prices/),
    expect.stringMatching(
      /^gordo criterionDoesNotHold: failed at step broken\n .*\$response\.body#\/coin == 'ETH'/,
    ),
  ]);
});

it("stops a workflow at its failed step", () => {
  expect(results.map((result) => result.outcome?.steps.map((step) => step.stepId))).toEqual([
    ["price", "broken"],
    ["broken"],
  ]);
});
