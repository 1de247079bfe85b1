import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../paths.js";
import { escapeHtml, inline } from "./changelog.js";

/**
 * @typedef {object} WorkflowStep
 * @property {string} stepId
 * @property {string} [description]
 * @property {string} [operationId] the operation the step calls
 * @property {string} [workflowId] the workflow the step runs, `$sourceDescriptions.<name>.<workflowId>`
 *
 * @typedef {object} Workflow
 * @property {string} workflowId
 * @property {string} title the file's `info.title`
 * @property {string} summary
 * @property {string} description the file's `info.description`
 * @property {string} file the file name under specs/<api>/workflows/
 * @property {string} [notOnSandbox] why the sandbox mock cannot run it yet (`x-not-on-sandbox`)
 * @property {WorkflowStep[]} steps
 */

/**
 * The Arazzo workflows of one API, `specs/<api>/workflows/*.arazzo.yaml`, in file-name order.
 * @param {"gordo" | "gunbot"} apiId
 * @param {string} [root] the monorepo root
 * @returns {Promise<Workflow[]>}
 */
export async function readWorkflows(apiId, root = REPO_ROOT) {
  const folder = path.join(root, "specs", apiId, "workflows");
  const files = (await readdir(folder).catch(() => []))
    .filter((name) => name.endsWith(".arazzo.yaml"))
    .sort();
  const documents = await Promise.all(
    files.map(async (file) => ({
      file,
      document: parseYaml(await readFile(path.join(folder, file), "utf8")),
    })),
  );
  return documents.flatMap(({ file, document }) =>
    document.workflows.map((/** @type {any} */ workflow) => ({
      workflowId: String(workflow.workflowId),
      title: String(document.info?.title ?? workflow.workflowId),
      summary: String(workflow.summary ?? ""),
      description: String(document.info?.description ?? "").trim(),
      file,
      notOnSandbox: workflow["x-not-on-sandbox"],
      steps: workflow.steps.map((/** @type {any} */ step) => ({
        stepId: String(step.stepId),
        description: step.description,
        operationId: step.operationId,
        workflowId: step.workflowId,
      })),
    })),
  );
}

/**
 * Where a step's operation is documented: Redoc's operation anchor on the API's reference page.
 * @param {string} operationId
 */
export function operationLink(operationId) {
  return `./#operation/${encodeURIComponent(operationId)}`;
}

/**
 * @param {WorkflowStep} step
 * @param {Map<string, Operation>} operations by operationId
 */
function renderStep(step, operations) {
  const about = step.description ? ` <span class="step-description">${inline(step.description)}</span>` : "";
  if (step.workflowId) {
    const target = String(step.workflowId).split(".").at(-1) ?? "";
    return `<li id="step-${escapeHtml(step.stepId)}"><code>${escapeHtml(step.stepId)}</code>: runs the workflow <a href="#${escapeHtml(target)}">${escapeHtml(target)}</a>${about}</li>`;
  }
  const operation = operations.get(String(step.operationId));
  if (operation === undefined)
    throw new Error(
      `Workflow step ${step.stepId} calls ${step.operationId}, which the description does not have.`,
    );
  return `<li id="step-${escapeHtml(step.stepId)}"><code>${escapeHtml(step.stepId)}</code>: <a class="operation" href="${operationLink(String(step.operationId))}">${escapeHtml(operation.method)} ${escapeHtml(operation.path)}</a> ${escapeHtml(operation.summary)}${about}</li>`;
}

/**
 * @typedef {{ method: string, path: string, summary: string, readOnly: boolean }} Operation
 */

/**
 * The operations of a bundled description, by operationId.
 * @param {Record<string, any>} document
 * @returns {Map<string, Operation>}
 */
function operationsById(document) {
  const operations = new Map();
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(/** @type {Record<string, any>} */ (item))) {
      if (operation && typeof operation === "object" && operation.operationId) {
        operations.set(operation.operationId, {
          method: method.toUpperCase(),
          path: route,
          summary: operation.summary ?? "",
          readOnly: operation["x-read-only"] !== false,
        });
      }
    }
  }
  return operations;
}

/**
 * Says which of a workflow's steps change state: against a real account such a workflow runs only when writes are
 * allowed, as in the contract suite; and whether the sandbox mock cannot run it yet.
 * @param {Workflow} workflow
 * @param {Map<string, Operation>} operations
 */
function renderWhereItRuns(workflow, operations) {
  const writes = workflow.steps.flatMap((step) => {
    const operation = step.operationId === undefined ? undefined : operations.get(step.operationId);
    return operation && !operation.readOnly
      ? [`<code>${escapeHtml(operation.method)} ${escapeHtml(operation.path)}</code>`]
      : [];
  });
  const real =
    writes.length === 0
      ? `<p class="writes">Read-only: runs against a real account as it is.</p>`
      : `<p class="writes">Changes state (${writes.join(", ")}): against a real account it runs only with
        <code>TRADESPEC_CONTRACT_WRITES=1</code>.</p>`;
  const sandbox = workflow.notOnSandbox
    ? `<p class="not-on-sandbox">Not run on the sandbox mock, which ${inline(workflow.notOnSandbox)}: it runs
        against a real account only.</p>`
    : "";
  return real + sandbox;
}

/**
 * Writes `<api>/workflows.html`: every workflow with its steps, each step linking to its operation's reference.
 * `policy` is the static pages' Content-Security-Policy meta element.
 * @param {{ outDir: string, apiId: "gordo" | "gunbot", title: string, document: Record<string, any>, workflows: Workflow[], policy: string }} page
 */
export async function writeWorkflowsPage({ outDir, apiId, title, document, workflows, policy }) {
  const operations = operationsById(document);
  const sections = workflows.map(
    (workflow) => `<section class="workflow" id="${escapeHtml(workflow.workflowId)}">
      <h2>${escapeHtml(workflow.title)} <code>${escapeHtml(workflow.workflowId)}</code></h2>
      <p>${inline(workflow.summary)}</p>
      <p>${inline(workflow.description)}</p>
      <ol class="steps">${workflow.steps.map((step) => renderStep(step, operations)).join("\n")}</ol>
      ${renderWhereItRuns(workflow, operations)}
      <p class="source">Arazzo: <code>specs/${apiId}/workflows/${escapeHtml(workflow.file)}</code></p>
    </section>`,
  );
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  ${policy}
  <meta name="referrer" content="no-referrer" />
  <title>${escapeHtml(title)}: workflows</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="../site.css" />
</head>
<body class="landing">
  <header class="site-bar">
    <a class="site-name" href="../">tradespec</a>
    <nav aria-label="API references">
      <a href="./">${escapeHtml(title)} reference</a>
    </nav>
  </header>
  <main>
    <section class="intro">
      <h1>${escapeHtml(title)}: workflows</h1>
      <p>The multi-step flows the API's documentation teaches, as Arazzo 1.0 descriptions. Each step links to the
        operation it calls. The test suite runs every workflow with <code>redocly respect</code> against the sandbox
        mock; <code>pnpm workflows</code> runs them there too, or against a real account with the contract suite's
        environment variables.</p>
    </section>
    ${sections.join("\n")}
  </main>
</body>
</html>
`;
  const output = path.join(outDir, apiId, "workflows.html");
  await writeFile(output, html);
  return output;
}

/**
 * The landing page's list of every workflow of every API, linking to each on its API's workflows page.
 * @param {Array<{ apiId: string, title: string, workflows: Workflow[] }>} apis
 */
export function renderWorkflowList(apis) {
  return apis
    .map(
      ({ apiId, title, workflows }) =>
        `<h3><a href="${apiId}/workflows.html">${escapeHtml(title)}</a></h3><ul class="workflows">${workflows
          .map(
            (workflow) =>
              `<li><a href="${apiId}/workflows.html#${escapeHtml(workflow.workflowId)}">${escapeHtml(workflow.title)}</a>: ${inline(workflow.summary)}</li>`,
          )
          .join("")}</ul>`,
    )
    .join("\n");
}
