import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

export interface RespectRun {
  /** The .arazzo.yaml files to run, all in one Respect process. */
  readonly files: readonly string[];
  /** Source description name -> base URL that replaces its servers (`--server gordo=http://...`). */
  readonly servers: Readonly<Record<string, string>>;
  /** The workflows' inputs (`--input`), shared by all of them. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** What `redocly respect --json-output` writes: per file, the workflows it ran and their steps' checks. */
export interface RespectReport {
  files: Record<string, { executedWorkflows?: ExecutedWorkflow[] }>;
}

export interface ExecutedWorkflow {
  type: "workflow";
  workflowId: string;
  stepId?: string;
  status: "success" | "error" | "warning" | string;
  executedSteps: (ExecutedStep | ExecutedWorkflow)[];
}

export interface ExecutedStep {
  type: "step";
  stepId: string;
  status: string;
  request?: { method: string; url: string };
  response?: { statusCode: number };
  checks: { name: string; passed: boolean; message: string; severity: string }[];
}

export interface RespectResult {
  readonly report: RespectReport;
  readonly exitCode: number;
  /** Respect's console output (the steps as it ran them), for when the report cannot be read. */
  readonly output: string;
}

/** Runs Respect once over all the files; its telemetry and update check are off: it contacts only the servers. */
export async function runRespect(run: RespectRun): Promise<RespectResult> {
  const dir = await mkdtemp(join(tmpdir(), "tradespec-respect-"));
  const reportFile = join(dir, "report.json");
  const args = [
    redoclyBin,
    "respect",
    ...run.files,
    ...Object.entries(run.servers).flatMap(([name, url]) => ["--server", `${name}=${url}`]),
    "--input",
    JSON.stringify(run.inputs),
    "--json-output",
    reportFile,
  ];
  try {
    const { exitCode, output } = await spawnCollecting(process.execPath, args);
    let report: RespectReport;
    try {
      report = JSON.parse(await readFile(reportFile, "utf8")) as RespectReport;
    } catch {
      throw new Error(`redocly respect exited with ${exitCode} and wrote no report:\n${output}`);
    }
    return { report, exitCode, output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function spawnCollecting(command: string, args: string[]): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ exitCode: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}
