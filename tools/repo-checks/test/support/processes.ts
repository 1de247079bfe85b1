import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** A command started in its own process group, with everything it printed so far. */
export interface Started {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the command exits or `ms` pass first. */
  waitFor(pattern: RegExp, ms: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code once the command exits by itself; rejects after `ms`. */
  exited(ms: number): Promise<number | null>;
  /** SIGTERM to the whole group, SIGKILL to it if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Runs `command` in a new process group (as a terminal runs a foreground job), so that it can be stopped whole. */
export function startGroup(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  // "exit": the command itself ended; "close": and everything that shared its output streams.
  const exit = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", (error) => {
      output += `\n${error.message}`;
      resolve(null);
    });
  });
  const closed = new Promise<number | null>((resolve) => child.once("close", resolve));
  const describe = () => `${command} ${args.join(" ")}`;

  return {
    child,
    output: () => output,
    waitFor(pattern, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          done();
          resolve(match);
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`${describe()} printed nothing matching ${pattern} in ${ms / 1000} s:\n${output}`),
          );
        }, ms);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exit.then((code) => {
          done();
          reject(new Error(`${describe()} exited (${code}) before printing ${pattern}:\n${output}`));
        });
        check();
      });
    },
    exited(ms) {
      return Promise.race([
        closed,
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`${describe()} still runs after ${ms / 1000} s:\n${output}`)),
            ms,
          ).unref(),
        ),
      ]);
    },
    async stop(graceMs = 30_000) {
      const group = child.pid;
      if (group === undefined) return;
      signalGroup(group, "SIGTERM");
      if (!(await groupGone(group, graceMs))) signalGroup(group, "SIGKILL");
      await exit;
    },
  };
}

async function groupGone(group: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (!signalGroup(group, 0)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Signals every process of a group; false when the group has none left. */
function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose working directory or command line lies in `directory` (Linux /proc). */
export function processesIn(directory: string): Array<{ pid: number; command: string }> {
  const found: Array<{ pid: number; command: string }> = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === directory || cwd.startsWith(`${directory}/`) || command.includes(directory)) {
        found.push({ pid, command });
      }
    } catch {
      // It exited meanwhile, or it is not ours to read.
    }
  }
  return found;
}
