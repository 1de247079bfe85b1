import { TargetSettingsError } from "@tradespec/contract/targets";
import { apiNames, readWorkflows } from "./catalog.js";
import { describeOutcome } from "./outcomes.js";
import { runWorkflows } from "./run-workflows.js";

class UsageError extends Error {}

const usage = `workflows [workflowId...]

Runs the Arazzo workflows of both APIs (specs/<api>/workflows) with redocly respect, all of them or those named:
against a sandbox mock on a free port of 127.0.0.1, or against the real account or instance that GORDO_BASE_URL
and GORDO_API_KEY, or GUNBOT_BASE_URL with GUNBOT_PASSWORD and GUNBOT_GUNTHY_WALLET (or GUNBOT_ENCRYPTED_PASSWORD),
name. There, workflows that change state run only with TRADESPEC_CONTRACT_WRITES=1; createWebhook needs
GORDO_WEBHOOK_URL. Exits 1 when a workflow failed, 2 on bad arguments or settings.`;

/** The workflows named, or all of both APIs. */
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

const names = process.argv.slice(2);
if (names.includes("--help") || names.includes("-h")) {
  console.log(usage);
  process.exit(0);
}

try {
  const results = await runWorkflows({ workflows: selectWorkflows(names) });
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
