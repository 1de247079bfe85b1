import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

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
 * Starts one of the bench/servers scripts and resolves with the JSON line it prints once ready.
 * Closing its standard input (done by `stop`) makes it close itself.
 * @param {string} script
 * @param {readonly string[]} [args]
 * @returns {Promise<{ info: any, pid: number, stop: () => Promise<void> }>}
 */
export async function startServerScript(script, args = []) {
  const child = startChild(process.execPath, [script, ...args]);
  const lines = createInterface({
    input: /** @type {import("node:stream").Readable} */ (child.process.stdout),
  });
  const info = await new Promise((resolve, reject) => {
    lines.once("line", (line) => resolve(JSON.parse(line)));
    child.exited.then((code) =>
      reject(new Error(`${script} exited (${code}) before it was ready:\n${child.output()}`)),
    );
  });
  return { info, pid: child.process.pid ?? -1, stop: child.stop };
}
