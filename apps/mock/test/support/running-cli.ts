import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { CLI } from "./cli.js";

export interface RunningCli {
  readonly process: ChildProcess;
  readonly gordoBaseUrl: string;
  readonly gunbotBaseUrl: string;
  /** Pids of the processes the CLI started. */
  childPids(): number[];
  /** Sends a signal and resolves with the exit code. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

const READY_LINE = /ready in \d+ ms: Gordo (\S+)\s+Gunbot (\S+)/;

/** Starts `tradespec-mock` and resolves when it prints its ready line. */
export function startCli(args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = READY_LINE.exec(output);
      if (!match?.[1] || !match[2]) return;
      child.stdout?.off("data", onData);
      resolve({
        process: child,
        gordoBaseUrl: match[1],
        gunbotBaseUrl: match[2],
        childPids: () => childPidsOf(child.pid ?? -1),
        stop: async (signal) => {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    void exited.then((code) =>
      reject(new Error(`tradespec-mock exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

function childPidsOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((child) => child > 0);
  } catch {
    return [];
  }
}
