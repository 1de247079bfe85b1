import { randomUUID } from "node:crypto";
import { beforeAll, expect, inject, it } from "vitest";
import { readWorkflows } from "../src/catalog.js";
import { runWorkflows, type WorkflowResult } from "../src/run-workflows.js";

// A real account stands in here as the sandbox mock named through the contract suite's variables.
const account = () => ({
  GORDO_BASE_URL: inject("mocks").gordo,
  GORDO_API_KEY: `grd_live_stands_in_for_an_account_${randomUUID()}`,
});
let results: WorkflowResult[];

beforeAll(async () => {
  results = await runWorkflows({ env: account(), workflows: readWorkflows("gordo") });
});

it("runs the read-only workflows against a real account, and passes", () => {
  const ran = results.filter((result) => result.skipped === undefined);
  expect(ran.map((result) => result.workflow.workflowId).sort()).toEqual([
    "backOffOnRateLimit",
    "quickStart",
  ]);
  for (const { target, outcome } of ran) {
    expect(target).toBe("live");
    expect(outcome?.passed, JSON.stringify(outcome?.failure)).toBe(true);
  }
});

it("skips every workflow that places, closes or cancels orders or changes state unless writes are allowed", () => {
  const skipped = results.filter((result) => result.skipped !== undefined);
  expect(skipped.map((result) => result.workflow.workflowId).sort()).toEqual(
    readWorkflows("gordo")
      .filter((workflow) => workflow.writes.length > 0)
      .map((workflow) => workflow.workflowId)
      .sort(),
  );
  for (const { workflow, skipped: reason } of skipped) {
    expect(reason).toBe(
      `calls ${workflow.writes.join(", ")}, which change state: set TRADESPEC_CONTRACT_WRITES=1 to run it against a live target`,
    );
  }
  expect(skipped.find((result) => result.workflow.workflowId === "closePosition")?.skipped).toMatch(
    /^calls closePosition,/,
  );
});

it("with TRADESPEC_CONTRACT_WRITES=1 runs them too, createWebhook only with the receiver GORDO_WEBHOOK_URL names", async () => {
  const workflows = readWorkflows("gordo").filter(({ workflowId }) =>
    ["closePosition", "createWebhook"].includes(workflowId),
  );
  const [close, webhook] = await runWorkflows({
    env: { ...account(), TRADESPEC_CONTRACT_WRITES: "1" },
    workflows,
  });

  expect(close?.outcome?.passed, JSON.stringify(close?.outcome?.failure)).toBe(true);
  expect(webhook?.skipped).toBe("needs the input webhookUrl (GORDO_WEBHOOK_URL)");
});
