// Our Gordo mock in its own process, so that the load generator does not share its event loop.
// Usage: node [--expose-gc] gordo-mock.js [port] [--sandbox]. Prints {"baseUrl", "pid", "startMs"} once ready;
// answers each `heap` line on its standard input with {"liveHeapBytes"} after a full collection (with --expose-gc);
// exits when its standard input closes.
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { startMock } from "@tradespec/mock";

const started = performance.now();
const mock = await startMock({
  api: "gordo",
  port: Number(process.argv[2] ?? 0),
  sandbox: process.argv.includes("--sandbox"),
});
const startMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ baseUrl: mock.baseUrl, pid: process.pid, startMs })}\n`);
const close = async () => {
  await mock.close();
  process.exit(0);
};
process.once("SIGTERM", close);
process.stdin.once("end", close);
createInterface({ input: process.stdin }).on("line", (line) => {
  if (line !== "heap" || typeof globalThis.gc !== "function") return;
  globalThis.gc();
  process.stdout.write(`${JSON.stringify({ liveHeapBytes: process.memoryUsage().heapUsed })}\n`);
});
