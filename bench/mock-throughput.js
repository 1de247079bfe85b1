// Throughput and latency of our Gordo mock, as a sandbox and stateless, beside Prism (defaults and -v silent) and a
// trivial Node server; start-up times.

import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { startServerScript } from "./lib/child-process.js";
import { API_KEY, exampleBody, GORDO_BASE_PATH, MARKET_PRICE_PATH } from "./lib/endpoints.js";
import { freePort } from "./lib/free-port.js";
import { applyLoad, CONNECTIONS } from "./lib/load.js";
import { fixed, table, target } from "./lib/markdown.js";
import { startDefaultPrism } from "./lib/prism.js";
import { bundleJsonPath } from "./lib/repo-paths.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median } from "./lib/stats.js";
import { msUntilAnswering } from "./lib/wait-until-answering.js";

const STARTS = 5;
const WARMUP_SECONDS = 2;
const LOAD_SECONDS = 10;
/** "Clearly ahead": at least this many times Prism's requests per second, and a lower p99. */
const LEAD = 1.5;
const HEADERS = { "X-API-Key": API_KEY };
const MOCK_SCRIPT = fileURLToPath(new URL("servers/gordo-mock.js", import.meta.url));
const TRIVIAL_SCRIPT = fileURLToPath(new URL("servers/trivial-json-server.js", import.meta.url));
/** Settles never: polling our mock stops early only if its process fails to start. */
const never = new Promise(() => {});

/**
 * Starts our mock on a known port and times spawn to first 200 from outside.
 * @param {{ sandbox?: boolean }} [options]
 */
async function startOurMock({ sandbox = false } = {}) {
  const port = await freePort();
  const since = performance.now();
  const starting = startServerScript(MOCK_SCRIPT, [String(port), ...(sandbox ? ["--sandbox"] : [])]);
  const url = `http://127.0.0.1:${port}${GORDO_BASE_PATH}${MARKET_PRICE_PATH}`;
  const [readyMs, server] = await Promise.all([
    msUntilAnswering(url, {
      since,
      headers: HEADERS,
      gaveUp: starting.then(
        () => never,
        () => undefined,
      ),
    }),
    starting,
  ]);
  return { url, readyMs, startMockMs: /** @type {number} */ (server.info.startMs), stop: server.stop };
}

/**
 * Starts Prism on the Gordo bundle (its defaults unless `extraArgs`) and times spawn to first 200.
 * @param {readonly string[]} [extraArgs]
 */
async function startPrism(extraArgs = []) {
  const port = await freePort();
  const since = performance.now();
  const prism = startDefaultPrism(bundleJsonPath("gordo"), port, extraArgs);
  // Prism ignores the server URL's path, so it serves the operation without /v1.
  const url = `http://127.0.0.1:${port}${MARKET_PRICE_PATH}`;
  try {
    const readyMs = await msUntilAnswering(url, { since, headers: HEADERS, gaveUp: prism.exited });
    return { url, readyMs, stop: prism.stop };
  } catch (error) {
    await prism.stop();
    throw new Error(`${/** @type {Error} */ (error).message}\n${prism.output()}`);
  }
}

async function startTrivialServer() {
  const server = await startServerScript(TRIVIAL_SCRIPT);
  return {
    url: `http://127.0.0.1:${server.info.port}${GORDO_BASE_PATH}${MARKET_PRICE_PATH}`,
    stop: server.stop,
  };
}

/** @param {string} url */
async function answersMockJson(url) {
  const response = await fetch(url, { headers: HEADERS });
  return isDeepStrictEqual(await response.json(), JSON.parse(exampleBody("gordo", MARKET_PRICE_PATH)));
}

async function startUpTimes() {
  const ours = [];
  const inProcess = [];
  const prism = [];
  for (let i = 0; i < STARTS; i += 1) {
    const mock = await startOurMock();
    ours.push(mock.readyMs);
    inProcess.push(mock.startMockMs);
    await mock.stop();
    const started = await startPrism();
    prism.push(started.readyMs);
    await started.stop();
    progress(`mock start-up: ${i + 1} of ${STARTS}`);
  }
  return { ours: median(ours), inProcess: median(inProcess), prism: median(prism) };
}

/** @param {{ url: string, stop: () => Promise<void> }} server */
async function load(server) {
  try {
    const sameJson = await answersMockJson(server.url);
    await applyLoad(server.url, { seconds: WARMUP_SECONDS, headers: HEADERS });
    return { sameJson, ...(await applyLoad(server.url, { seconds: LOAD_SECONDS, headers: HEADERS })) };
  } finally {
    await server.stop();
  }
}

export async function measureMockThroughput() {
  const startUp = await startUpTimes();
  progress("mock throughput: our mock, sandbox");
  const sandbox = await load(await startOurMock({ sandbox: true }));
  progress("mock throughput: our mock, stateless");
  const ours = await load(await startOurMock());
  progress("mock throughput: Prism defaults");
  const prism = await load(await startPrism());
  progress("mock throughput: Prism -v silent");
  const silentPrism = await load(await startPrism(["-v", "silent"]));
  progress("mock throughput: trivial Node server");
  const trivial = await load(await startTrivialServer());

  const rows = [
    ["our mock, sandbox (`startMock({ sandbox: true })`, the CLI's default)", sandbox, "-"],
    [
      "our mock, stateless (`startMock`, `--stateless`)",
      ours,
      `${fixed(startUp.ours)} ms (startMock resolves in ${fixed(startUp.inProcess)} ms)`,
    ],
    ["Prism 5 defaults (`prism mock <bundle> -p <port>`)", prism, `${fixed(startUp.prism)} ms`],
    ["Prism 5 `-v silent` (no base path, no API-shaped errors)", silentPrism, "-"],
    ["trivial node:http server, same JSON", trivial, "-"],
  ].map(([name, figures, ready]) => {
    const f = /** @type {Awaited<ReturnType<typeof load>>} */ (figures);
    return [
      name,
      fixed(f.requestsPerSecond),
      fixed(f.p50),
      fixed(f.p99),
      `${f.errors} / ${f.non2xx}`,
      f.sameJson ? "yes" : "no",
      ready,
    ];
  });
  const ahead = ours.requestsPerSecond >= LEAD * prism.requestsPerSecond && ours.p99 < prism.p99;
  return [
    "## 4. Mock throughput and latency",
    "",
    `autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s each after ${WARMUP_SECONDS} s warm-up, GET ${MARKET_PRICE_PATH}`,
    `with an X-API-Key (our mock and the trivial server under ${GORDO_BASE_PATH}; Prism ignores the server path).`,
    "Our mock runs Prism's pipeline in its own process (one process per API); the sandbox also counts usage per key.",
    "Servers run in their own processes; the load generator shares the same cores. Ready = spawn to first 200,",
    `median of ${STARTS} starts, polled every 10 ms.`,
    "",
    table(["server", "req/s", "p50 ms", "p99 ms", "errors / non-2xx", "same JSON", "ready after"], rows),
    "",
    `Our mock: ${fixed(ours.requestsPerSecond / prism.requestsPerSecond, 2)}× Prism's req/s, ${fixed(ours.requestsPerSecond / trivial.requestsPerSecond, 3)}× the trivial server's; the sandbox ${fixed(sandbox.requestsPerSecond / ours.requestsPerSecond, 2)}× the stateless mock's.`,
    "",
    target(`our mock clearly ahead of Prism's defaults (≥ ${LEAD}× req/s and a lower p99)`, ahead),
  ].join("\n");
}

await runIfMain(import.meta.url, measureMockThroughput);
