import { TargetSettingsError } from "@tradespec/contract/targets";
import { apiNames, readWorkflows } from "./catalog.js";
import { describeOutcome } from "./outcomes.js";
import { runWorkflows } from "./run-workflows.js";

class UsageError extends Error {}

/** `tradespec-workflows [workflowId...]`: the workflows named, or all of both APIs. */
function selectWorkflows(names: readonly string[]) {
  const all = apiNames.flatMap((api) => readWorkflows(api));
  const unknown = names.filter((name) => !all.some((workflow) => workflow.workflowId === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `No workflow named ${unknown.join(", ")}; the workflows are: ${all.map((w) => w.workflowId).join(", ")}`,
    );
  }
  return names.length === 0 ? all : all.filter((workflow) => names.includes(workflow.workflowId));
}

try {
  const results = await runWorkflows({ workflows: selectWorkflows(process.argv.slice(2)) });
  for (const { workflow, target, outcome, skipped } of results) {
    const where = `${workflow.api} (${target})`;
    if (outcome === undefined) console.log(`${where} ${workflow.workflowId}: skipped, ${skipped}`);
    else console.log(describeOutcome(where, outcome));
  }
  const failed = results.filter((result) => result.outcome && !result.outcome.passed).length;
  const skipped = results.filter((result) => result.outcome === undefined).length;
  console.log(`\n${results.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof TargetSettingsError || error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
