import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { createRequire } from "node:module";
import { findFreePort } from "./free-port.js";

export interface PrismOptions {
  /** Path of the description Prism serves. */
  readonly document: string;
  readonly host: string;
  /** Generate data from the schemas instead of answering with the documents' examples. */
  readonly dynamic: boolean;
  /** Makes dynamic data repeatable. */
  readonly seed: string | undefined;
  /** Pass Prism's own request log through to stderr, each line prefixed with `label`. */
  readonly verbose: boolean;
  readonly label: string;
}

export interface PrismProcess {
  readonly pid: number;
  readonly port: number;
  /** False once the process has exited, for whatever reason. */
  readonly running: boolean;
  /** Settles when the process exits, saying how (`exit code 1`, `signal SIGKILL`). */
  readonly exited: Promise<string>;
  /** Whether Prism still answers HTTP. */
  answers(): Promise<boolean>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
const READY_POLL_MS = 25;
const STOP_GRACE_MS = 3_000;
const KEPT_OUTPUT_CHARS = 4_000;

const prismCli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

/** Every Prism still running, so that an exiting parent never leaves one behind. */
const livePrisms = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of livePrisms) child.kill("SIGKILL");
});

function prismArguments(options: PrismOptions, port: number): string[] {
  const args = ["mock", options.document, "--host", options.host, "--port", String(port)];
  // The front server answers CORS itself, for its own responses too.
  args.push("--no-cors");
  // Prism's per-request logging halves its throughput; "error" still reports a document it cannot load.
  args.push("--verboseLevel", options.verbose ? "info" : "error");
  if (options.dynamic) args.push("--dynamic", "--json-schema-faker-fillProperties=false");
  if (options.seed !== undefined) args.push("--seed", options.seed);
  return args;
}

/** Starts Prism on a free internal port and resolves once it answers HTTP. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const port = await findFreePort(options.host);
  const child = spawn(process.execPath, [prismCli, ...prismArguments(options, port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" },
  });
  livePrisms.add(child);
  let output = "";
  const keepOutput = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    if (options.verbose) {
      for (const line of text.split("\n"))
        if (line.trim()) process.stderr.write(`[${options.label}] ${line}\n`);
    }
    output = (output + text).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on("data", keepOutput);
  child.stderr?.on("data", keepOutput);
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => {
      livePrisms.delete(child);
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    }),
  );

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilAnswering(options.host, port, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    pid: child.pid ?? -1,
    port,
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    exited,
    answers: () => answers(options.host, port),
    stop,
  };
}

async function waitUntilAnswering(
  host: string,
  port: number,
  exited: Promise<string>,
  output: () => string,
): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`Prism exited while starting:\n${output().trim()}`);
    if (await answers(host, port)) return;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error(
    `Prism did not answer on ${host}:${port} within ${READY_TIMEOUT_MS / 1000} s:\n${output().trim()}`,
  );
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host, port, path: "/", method: "HEAD", agent: false }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
    probe.end();
  });
}
