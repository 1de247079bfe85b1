import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readTargetSettings, type TargetSettings } from "@tradespec/contract/targets";
import { encryptPassword } from "@tradespec/gunbot";
import type { Mock } from "@tradespec/mock";
import { type ApiName, apiNames, readWorkflows, type Workflow } from "./catalog.js";
import { readOutcomes, type WorkflowOutcome } from "./outcomes.js";
import { runRespect } from "./respect.js";
import { freshSandboxCredentials, startSandboxMock } from "./sandbox.js";

export interface WorkflowResult {
  readonly workflow: Workflow;
  readonly target: "sandbox" | "live";
  /** undefined when the workflow was skipped; `skipped` says why. */
  readonly outcome: WorkflowOutcome | undefined;
  readonly skipped: string | undefined;
}

export interface RunOptions {
  /** GORDO_*, GUNBOT_*, TRADESPEC_CONTRACT_WRITES and GORDO_WEBHOOK_URL, as the contract suite reads them. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The workflows to run; all of both APIs by default. */
  readonly workflows?: readonly Workflow[];
  /** Sandbox mocks already running (their base URLs), used instead of starting fresh ones. */
  readonly mocks?: Partial<Record<ApiName, string>>;
}

/**
 * Runs the workflows with one Respect process: against a live Gordo account or Gunbot instance where the
 * environment names one, against a sandbox mock otherwise (started on a free 127.0.0.1 port unless one is given),
 * with credentials no earlier run used. On a live target, workflows that change state run only with
 * TRADESPEC_CONTRACT_WRITES=1.
 */
export async function runWorkflows(options: RunOptions = {}): Promise<WorkflowResult[]> {
  const env = options.env ?? process.env;
  const settings = readTargetSettings(env);
  const workflows = options.workflows ?? apiNames.flatMap((api) => readWorkflows(api));
  const targets = await Promise.all(
    apiNames.map((api) =>
      workflows.some((workflow) => workflow.api === api)
        ? openTarget(api, settings, env, options.mocks?.[api])
        : undefined,
    ),
  );
  try {
    const byApi = Object.fromEntries(apiNames.map((api, index) => [api, targets[index]])) as Record<
      ApiName,
      Target | undefined
    >;
    const plan = workflows.map((workflow) => ({ workflow, skipped: skipReason(workflow, byApi, settings) }));
    const toRun = plan.filter((entry) => entry.skipped === undefined).map((entry) => entry.workflow);
    const outcomes = toRun.length === 0 ? [] : await runAll(toRun, byApi);
    return plan.map(({ workflow, skipped }) => ({
      workflow,
      target: byApi[workflow.api]?.kind ?? "sandbox",
      skipped,
      outcome:
        skipped === undefined
          ? (outcomes.find((o) => o.file === workflow.file && o.workflowId === workflow.workflowId) ??
            notRun(workflow))
          : undefined,
    }));
  } finally {
    await Promise.all(targets.map((target) => target?.close()));
  }
}

interface Target {
  readonly kind: "sandbox" | "live";
  readonly baseUrl: string;
  readonly inputs: Record<string, string>;
  close(): Promise<void>;
}

async function runAll(workflows: readonly Workflow[], targets: Record<ApiName, Target | undefined>) {
  const servers: Record<string, string> = {};
  const inputs: Record<string, string> = {};
  for (const api of apiNames) {
    const target = targets[api];
    if (target === undefined || !workflows.some((workflow) => workflow.api === api)) continue;
    servers[api] = target.baseUrl;
    Object.assign(inputs, target.inputs);
  }
  const files = [...new Set(workflows.map((workflow) => workflow.file))];
  const { report } = await runRespect({ files, servers, inputs });
  return readOutcomes(report);
}

function notRun(workflow: Workflow): WorkflowOutcome {
  return {
    file: workflow.file,
    workflowId: workflow.workflowId,
    passed: false,
    steps: [],
    failure: { stepId: "(none)", checks: ["Respect did not run this workflow (see its output)"] },
  };
}

/** The environment variables that give a live target's optional inputs. */
const inputVariables: Readonly<Record<string, string>> = { webhookUrl: "GORDO_WEBHOOK_URL" };

function skipReason(
  workflow: Workflow,
  targets: Record<ApiName, Target | undefined>,
  settings: TargetSettings,
): string | undefined {
  const target = targets[workflow.api];
  if (target === undefined) return "no target";
  if (target.kind === "sandbox" && workflow.notOnSandbox !== undefined) {
    return `not run on the sandbox, which ${workflow.notOnSandbox}: run it against a real account (--help says how)`;
  }
  if (target.kind === "live" && workflow.writes.length > 0 && !settings.writes) {
    return `calls ${workflow.writes.join(", ")}, which change state: set TRADESPEC_CONTRACT_WRITES=1 to run it against a live target`;
  }
  const missing = workflow.inputs.filter((input) => !(input in target.inputs));
  if (missing.length > 0) {
    return `needs the input ${missing.map((input) => `${input} (${inputVariables[input] ?? "no variable sets it"})`).join(", ")}`;
  }
  return undefined;
}

async function openTarget(
  api: ApiName,
  settings: TargetSettings,
  env: Readonly<Record<string, string | undefined>>,
  runningMock: string | undefined,
): Promise<Target> {
  if (api === "gordo") {
    const live = settings.gordo;
    if (live !== undefined) {
      const webhookUrl = env.GORDO_WEBHOOK_URL?.trim();
      return {
        kind: "live",
        baseUrl: live.baseUrl,
        inputs: { apiKey: live.apiKey, ...(webhookUrl ? { webhookUrl } : {}) },
        close: async () => {},
      };
    }
    const [mock, receiver, credentials] = await Promise.all([
      useMock(api, runningMock),
      startReceiver(),
      freshSandboxCredentials(api),
    ]);
    return {
      kind: "sandbox",
      baseUrl: mock.baseUrl,
      inputs: { ...credentials, webhookUrl: receiver.url },
      close: async () => {
        await Promise.all([mock.close(), receiver.close()]);
      },
    };
  }
  const live = settings.gunbot;
  if (live !== undefined) {
    const { credentials } = live;
    const encryptedPassword =
      "encryptedPassword" in credentials
        ? credentials.encryptedPassword
        : await encryptPassword(credentials.password, credentials.gunthyWallet);
    return { kind: "live", baseUrl: live.baseUrl, inputs: { encryptedPassword }, close: async () => {} };
  }
  const [mock, credentials] = await Promise.all([useMock(api, runningMock), freshSandboxCredentials(api)]);
  return { kind: "sandbox", baseUrl: mock.baseUrl, inputs: credentials, close: () => mock.close() };
}

/** The mock at `baseUrl` (left running afterwards), or a fresh sandbox mock on a free port of 127.0.0.1. */
async function useMock(api: ApiName, baseUrl: string | undefined): Promise<Pick<Mock, "baseUrl" | "close">> {
  if (baseUrl !== undefined) return { baseUrl, close: async () => {} };
  return startSandboxMock(api);
}

/** A webhook receiver on a free 127.0.0.1 port for the mock's deliveries: it answers 204 to every POST. */
async function startReceiver(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/gordo-webhook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
