import { beforeAll, describe, expect, inject, it } from "vitest";
import { apiNames, readWorkflows } from "../src/catalog.js";
import { describeOutcome } from "../src/outcomes.js";
import { runWorkflows, type WorkflowResult } from "../src/run-workflows.js";

const workflows = apiNames.flatMap((api) => readWorkflows(api));
let results: WorkflowResult[];

beforeAll(async () => {
  results = await runWorkflows({ env: {}, mocks: inject("mocks"), workflows });
});

describe.each(apiNames)("%s workflows on the sandbox", (api) => {
  const own = workflows.filter((workflow) => workflow.api === api);

  it("has workflows", () => {
    expect(own.length).toBeGreaterThan(0);
  });

  for (const workflow of own) {
    if (workflow.notOnSandbox !== undefined) {
      it(`${workflow.workflowId} is not run on the sandbox, which ${workflow.notOnSandbox}`, () => {
        const result = results.find((candidate) => candidate.workflow === workflow);
        expect(result?.skipped).toMatch(/^not run on the sandbox, .*: run it against a real account/);
      });
      continue;
    }
    it(`${workflow.workflowId} passes`, () => {
      const result = results.find((candidate) => candidate.workflow === workflow);
      expect(result?.skipped, `${workflow.workflowId} was skipped`).toBeUndefined();
      const { outcome } = result ?? {};
      expect(outcome?.passed, outcome && describeOutcome(api, outcome)).toBe(true);
    });
  }
});
