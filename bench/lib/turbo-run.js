import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { QUIET_ENV } from "./repo-paths.js";

/**
 * @typedef {object} TurboTask
 * @property {string} taskId e.g. "@tradespec/gordo#build"
 * @property {string} package
 * @property {string} task
 * @property {string} directory the package folder, relative to the repository root
 * @property {"HIT" | "MISS"} status
 * @property {string[]} dependents task ids that depend on this one directly
 */

/**
 * Runs `turbo run <tasks>` in `repoDir` with `--summarize` and reads the run summary it writes.
 * @param {string} repoDir
 * @param {readonly string[]} tasks
 * @param {string} cacheDir
 */
export async function turboRun(repoDir, tasks, cacheDir) {
  const runsDir = path.join(repoDir, ".turbo", "runs");
  const before = new Set(listRuns(runsDir));
  const started = performance.now();
  const { code, output } = await run(
    path.join(repoDir, "node_modules", ".bin", "turbo"),
    ["run", ...tasks, "--cache-dir", cacheDir, "--summarize", "--output-logs=errors-only"],
    repoDir,
  );
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`turbo run ${tasks.join(" ")} failed (${code}):\n${output.slice(-3_000)}`);
  const summaryFile = listRuns(runsDir).find((file) => !before.has(file));
  if (summaryFile === undefined) throw new Error("turbo wrote no run summary.");
  const summary = JSON.parse(readFileSync(path.join(runsDir, summaryFile), "utf8"));
  /** @type {TurboTask[]} */
  const taskList = summary.tasks.map((/** @type {any} */ task) => ({
    taskId: task.taskId,
    package: task.package,
    task: task.task,
    directory: task.directory,
    status: task.cache.status,
    dependents: task.dependents ?? [],
  }));
  return {
    wallMs,
    turboMs: summary.execution.endTime - summary.execution.startTime,
    attempted: /** @type {number} */ (summary.execution.attempted),
    cached: /** @type {number} */ (summary.execution.cached),
    fullTurbo: output.includes("FULL TURBO"),
    tasks: taskList,
  };
}

/** @param {string} dir */
function listRuns(dir) {
  try {
    return readdirSync(dir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
}

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: QUIET_ENV, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, output }));
  });
}
