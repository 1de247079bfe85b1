import { execFile, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { promisify } from "node:util";

const STOP_GRACE_MS = 5_000;

/** Every child still running, so that an exiting benchmark never leaves one behind. */
const liveChildren = new Set();
process.once("exit", () => {
  for (const child of liveChildren) child.kill("SIGKILL");
});

/**
 * A process the benchmark started and must stop.
 * @typedef {object} Child
 * @property {import("node:child_process").ChildProcess} process
 * @property {() => Promise<void>} stop
 */

/**
 * Starts `command` with piped standard streams; `stop` ends it with SIGTERM, then SIGKILL after a grace period.
 * The last few KB of its output are kept for error messages.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {import("node:child_process").SpawnOptions} [options]
 */
export function startChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], ...options });
  let output = "";
  const keep = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk.toString("utf8")).slice(-4_000);
  };
  child.stderr?.on("data", keep);
  liveChildren.add(child);
  const exited = new Promise((resolve) =>
    child.once("exit", (code) => {
      liveChildren.delete(child);
      resolve(code);
    }),
  );
  return {
    process: child,
    output: () => output,
    keep,
    exited,
    /** @returns {Promise<void>} */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Starts one of the bench/servers scripts (with `nodeFlags` for Node) and resolves with the JSON line it prints once
 * ready; `ask` sends it a line and resolves with the next JSON line it prints. Closing its standard input (done by
 * `stop`) makes it close itself.
 * @param {string} script
 * @param {readonly string[]} [args]
 * @param {{ nodeFlags?: readonly string[] }} [options]
 * @returns {Promise<{ info: any, pid: number, ask: (line: string) => Promise<any>, stop: () => Promise<void> }>}
 */
export async function startServerScript(script, args = [], { nodeFlags = [] } = {}) {
  const child = startChild(process.execPath, [...nodeFlags, script, ...args]);
  const lines = createInterface({
    input: /** @type {import("node:stream").Readable} */ (child.process.stdout),
  });
  const nextLine = () =>
    new Promise((resolve, reject) => {
      lines.once("line", (line) => resolve(JSON.parse(line)));
      child.exited.then((code) => reject(new Error(`${script} exited (${code}):\n${child.output()}`)));
    });
  const info = await nextLine();
  /** @param {string} line */
  const ask = (line) => {
    const answer = nextLine();
    child.process.stdin?.write(`${line}\n`);
    return answer;
  };
  return { info, pid: child.process.pid ?? -1, ask, stop: child.stop };
}

/**
 * Runs one of the bench/samplers scripts in a fresh Node process with `settings` as its JSON argument, and resolves
 * with the JSON it prints.
 * @param {string} script
 * @param {unknown} settings
 * @returns {Promise<any>}
 */
export async function runSampler(script, settings) {
  const { stdout } = await promisify(execFile)(process.execPath, [script, JSON.stringify(settings)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}
