import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse } from "yaml";

export type ApiName = "gordo" | "gunbot";
export const apiNames: readonly ApiName[] = ["gordo", "gunbot"];

export interface WorkflowStep {
  readonly stepId: string;
  /** The operation the step calls, or undefined when it runs another workflow. */
  readonly operationId: string | undefined;
  /** `$sourceDescriptions.<name>.<workflowId>` when the step runs another workflow. */
  readonly workflowId: string | undefined;
}

export interface Workflow {
  readonly api: ApiName;
  readonly workflowId: string;
  readonly summary: string;
  /** The .arazzo.yaml file that holds it (one workflow per file). */
  readonly file: string;
  readonly steps: readonly WorkflowStep[];
  /** Names of the inputs it requires. */
  readonly inputs: readonly string[];
  /** The operations it calls that place, close or cancel orders or change state (`x-read-only: false`). */
  readonly writes: readonly string[];
  /** Why the sandbox cannot run it yet (`x-not-on-sandbox`); it then runs only against a real account. */
  readonly notOnSandbox: string | undefined;
}

interface ArazzoDocument {
  workflows: {
    workflowId: string;
    summary?: string;
    "x-not-on-sandbox"?: string;
    inputs?: { required?: string[] };
    steps: { stepId: string; operationId?: string; workflowId?: string }[];
  }[];
}

interface Bundle {
  paths: Record<string, Record<string, { operationId?: string; "x-read-only"?: boolean }>>;
}

const require = createRequire(import.meta.url);

/** The bundled description of an API (specs/<api>/dist/openapi.json). */
export function bundlePath(api: ApiName): string {
  return require.resolve(`@tradespec/spec-${api}/openapi.json`);
}

/** specs/<api>/workflows, beside the API's dist folder. */
export function workflowsDir(api: ApiName): string {
  return join(dirname(bundlePath(api)), "..", "workflows");
}

export function readBundle(api: ApiName): Bundle {
  return JSON.parse(readFileSync(bundlePath(api), "utf8")) as Bundle;
}

/** Reads one .arazzo.yaml file; `writeOperations` names the operations that are not read-only. */
export function readWorkflowFile(
  api: ApiName,
  file: string,
  writeOperations: ReadonlySet<string>,
): Workflow[] {
  const document = parse(readFileSync(file, "utf8")) as ArazzoDocument;
  return document.workflows.map((workflow) => {
    const steps = workflow.steps.map((step) => ({
      stepId: step.stepId,
      operationId: step.operationId,
      workflowId: step.workflowId,
    }));
    return {
      api,
      workflowId: workflow.workflowId,
      summary: workflow.summary ?? "",
      file,
      steps,
      inputs: workflow.inputs?.required ?? [],
      writes: steps.flatMap((step) =>
        step.operationId !== undefined && writeOperations.has(step.operationId) ? [step.operationId] : [],
      ),
      notOnSandbox: workflow["x-not-on-sandbox"],
    };
  });
}

/** The operationIds of an API whose operations change state (`x-read-only: false`). */
export function writeOperationsOf(bundle: Bundle): Set<string> {
  const writes = new Set<string>();
  for (const operations of Object.values(bundle.paths)) {
    for (const operation of Object.values(operations)) {
      if (operation.operationId && operation["x-read-only"] === false) writes.add(operation.operationId);
    }
  }
  return writes;
}

/** Every workflow of an API, in file-name order. */
export function readWorkflows(api: ApiName): Workflow[] {
  const dir = workflowsDir(api);
  const writes = writeOperationsOf(readBundle(api));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".arazzo.yaml"))
    .sort()
    .flatMap((name) => readWorkflowFile(api, join(dir, name), writes));
}
