// Throughput and latency of our Gordo mock, stateless and as a sandbox, beside @scalar/mock-server, Prism (defaults
// and -v silent) and a trivial Node server, on the description's example reads cycled and on all-distinct requests;
// start-up times.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { runSampler, startServerScript } from "./lib/child-process.js";
import { API_KEY, GORDO_BASE_PATH, MARKET_PRICE_PATH } from "./lib/endpoints.js";
import { GORDO_BASE, gordoReadCalls, loadRequests } from "./lib/example-calls.js";
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
/** (c) goes over every server in turn this many times, each started afresh: the machine's speed drifts. */
const LEAN_ROUNDS = 3;
/** Our mock against @scalar/mock-server on the cycled calls: at least this many times its req/s... */
const SCALAR_LEAD = 2;
/** ...with a p99 of at most this many ms. */
const P99_LIMIT_MS = 5;
const HEADERS = { "X-API-Key": API_KEY };
const MOCK_SCRIPT = fileURLToPath(new URL("servers/gordo-mock.js", import.meta.url));
const SCALAR_SCRIPT = fileURLToPath(new URL("servers/scalar-mock.js", import.meta.url));
const TRIVIAL_SCRIPT = fileURLToPath(new URL("servers/trivial-mix-server.js", import.meta.url));
const LEAN_LOAD_SCRIPT = fileURLToPath(new URL("samplers/lean-load.js", import.meta.url));
/** @typedef {import("./lib/load.js").LoadFigures} LoadFigures */
/** Settles never: polling our mock stops early only if its process fails to start. */
const never = new Promise(() => {});

/**
 * @typedef {object} Running
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {string} prefix where the operations are served: the base path, or "" for servers that ignore it
 * @property {() => Promise<void>} stop
 */

/**
 * Starts our mock on a known port and times spawn to first 200 from outside.
 * @param {{ sandbox?: boolean }} [options]
 */
async function startOurMock({ sandbox = false } = {}) {
  const port = await freePort();
  const since = performance.now();
  const starting = startServerScript(MOCK_SCRIPT, [String(port), ...(sandbox ? ["--sandbox"] : [])]);
  const origin = `http://127.0.0.1:${port}`;
  const [readyMs, server] = await Promise.all([
    msUntilAnswering(origin + GORDO_BASE_PATH + MARKET_PRICE_PATH, {
      since,
      headers: HEADERS,
      gaveUp: starting.then(
        () => never,
        () => undefined,
      ),
    }),
    starting,
  ]);
  return {
    origin,
    prefix: GORDO_BASE,
    readyMs,
    startMockMs: /** @type {number} */ (server.info.startMs),
    stop: server.stop,
  };
}

/**
 * Starts Prism on the Gordo bundle (its defaults unless `extraArgs`) and times spawn to first 200.
 * @param {readonly string[]} [extraArgs]
 */
async function startPrism(extraArgs = []) {
  const port = await freePort();
  const since = performance.now();
  const prism = startDefaultPrism(bundleJsonPath("gordo"), port, extraArgs);
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Prism ignores the server URL's path, so it serves the operations without /v1.
    const readyMs = await msUntilAnswering(origin + MARKET_PRICE_PATH, {
      since,
      headers: HEADERS,
      gaveUp: prism.exited,
    });
    return { origin, prefix: "", readyMs, stop: prism.stop };
  } catch (error) {
    await prism.stop();
    throw new Error(`${/** @type {Error} */ (error).message}\n${prism.output()}`);
  }
}

/** @returns {Promise<Running>} */
async function startScalar() {
  const server = await startServerScript(SCALAR_SCRIPT);
  return { origin: `http://127.0.0.1:${server.info.port}`, prefix: "", stop: server.stop };
}

/**
 * The trivial server, answering each call with the bytes our stateless mock answered.
 * @param {string} tableFile
 * @returns {Promise<Running>}
 */
async function startTrivial(tableFile) {
  const server = await startServerScript(TRIVIAL_SCRIPT, [tableFile]);
  return { origin: `http://127.0.0.1:${server.info.port}`, prefix: GORDO_BASE, stop: server.stop };
}

/**
 * Each call's answer from `server`, once.
 * @param {Running} server
 * @param {ReturnType<typeof gordoReadCalls>} calls
 */
async function answersOf(server, calls) {
  return Promise.all(
    calls.map(async (call) => {
      const response = await fetch(server.origin + server.prefix + call.path, {
        method: call.method,
        headers: call.headers,
      });
      return {
        method: call.method,
        path: server.prefix + call.path.split("?", 1)[0],
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        body: await response.text(),
      };
    }),
  );
}

/** @param {string} text */
const jsonOf = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

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

/**
 * (a) and (b) on a server just started, each after a warm-up: the calls cycled, then every request distinct; and how
 * many calls it answers with our stateless mock's JSON.
 * @param {Running} server
 * @param {ReturnType<typeof gordoReadCalls>} calls
 * @param {Awaited<ReturnType<typeof answersOf>>} reference our stateless mock's answers
 */
async function autocannonWorkloads(server, calls, reference) {
  try {
    const answers = await answersOf(server, calls);
    const sameJson = answers.filter((answer, i) =>
      isDeepStrictEqual(jsonOf(answer.body), jsonOf(reference[i]?.body ?? "")),
    ).length;
    const url = server.origin + server.prefix;
    const run = async (/** @type {boolean} */ distinct) => {
      const requests = loadRequests(calls, server.prefix, { distinct });
      await applyLoad(url, { seconds: WARMUP_SECONDS, requests });
      return applyLoad(url, { seconds: LOAD_SECONDS, requests });
    };
    return { sameJson, cycled: await run(false), distinct: await run(true) };
  } finally {
    await server.stop();
  }
}

/**
 * (c) on a server just started: the calls cycled from the lean load generator, after a warm-up.
 * @param {Running} server
 * @param {ReturnType<typeof gordoReadCalls>} calls
 */
async function leanWorkload(server, calls) {
  const settings = {
    origin: server.origin,
    seconds: LOAD_SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    requests: loadRequests(calls, server.prefix),
  };
  try {
    return await runSampler(LEAN_LOAD_SCRIPT, settings);
  } finally {
    await server.stop();
  }
}

/**
 * The order of `count` servers in (c)'s round `round` (from 0): each round starts further along, so that no server
 * always runs first or last while the machine's speed drifts.
 * @param {number} count
 * @param {number} round
 */
function roundOrder(count, round) {
  const shift = round * Math.ceil(count / LEAN_ROUNDS);
  return Array.from({ length: count }, (_, offset) => (offset + shift) % count);
}

/**
 * The median of each figure over rounds (errors and non-2xx added up).
 * @param {readonly LoadFigures[]} rounds
 * @returns {LoadFigures}
 */
function medianRound(rounds) {
  const of = (/** @type {"requestsPerSecond" | "p50" | "p99" | "total"} */ figure) =>
    median(rounds.map((round) => round[figure]));
  const sum = (/** @type {"errors" | "non2xx"} */ figure) =>
    rounds.reduce((total, round) => total + round[figure], 0);
  return {
    requestsPerSecond: of("requestsPerSecond"),
    p50: of("p50"),
    p99: of("p99"),
    total: of("total"),
    errors: sum("errors"),
    non2xx: sum("non2xx"),
  };
}

export async function measureMockThroughput() {
  const startUp = await startUpTimes();
  const calls = gordoReadCalls();
  const folder = mkdtempSync(join(tmpdir(), "tradespec-bench-"));
  try {
    progress("mock throughput: our mock's answers for the trivial server");
    const recording = await startOurMock();
    const reference = await answersOf(recording, calls).finally(() => recording.stop());
    const tableFile = join(folder, "answers.json");
    writeFileSync(tableFile, JSON.stringify(reference));

    /** @type {[string, () => Promise<Running>][]} */
    const contenders = [
      ["trivial node:http server, our mock's bytes per call", () => startTrivial(tableFile)],
      ["@scalar/mock-server 0.14.4 (Hono, validates requests)", startScalar],
      ["Prism 5 defaults (`prism mock <bundle> -p <port>`)", () => startPrism()],
      ["Prism 5 `-v silent`", () => startPrism(["-v", "silent"])],
      ["our mock, stateless (`startMock`, `--stateless`)", () => startOurMock()],
      [
        "our mock, sandbox (`startMock({ sandbox: true })`, the CLI's default)",
        () => startOurMock({ sandbox: true }),
      ],
    ];
    const results = [];
    for (const [name, start] of contenders) {
      progress(`mock throughput (a) and (b): ${name}`);
      results.push({ name, ...(await autocannonWorkloads(await start(), calls, reference)), lean: [] });
    }
    for (let round = 0; round < LEAN_ROUNDS; round += 1) {
      for (const index of roundOrder(contenders.length, round)) {
        const [name, start] = /** @type {[string, () => Promise<Running>]} */ (contenders[index]);
        progress(`mock throughput (c), round ${round + 1} of ${LEAN_ROUNDS}: ${name}`);
        results[index]?.lean.push(await leanWorkload(await start(), calls));
      }
    }
    return report(
      results.map(({ name, sameJson, cycled, distinct, lean }) => ({
        name,
        figures: { sameJson, cycled, distinct, lean: medianRound(lean) },
      })),
      calls.length,
      startUp,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * @typedef {object} ContenderFigures
 * @property {number} sameJson how many calls it answers with our stateless mock's JSON
 * @property {LoadFigures} cycled (a)
 * @property {LoadFigures} lean (c), the median of its rounds
 * @property {LoadFigures} distinct (b)
 */

/**
 * @param {{ name: string, figures: ContenderFigures }[]} results
 * @param {number} callCount
 * @param {Awaited<ReturnType<typeof startUpTimes>>} startUp
 */
function report(results, callCount, startUp) {
  const [trivial, scalar, prism, silentPrism, ours, sandbox] = results.map((result) => result.figures);
  if (!trivial || !scalar || !prism || !silentPrism || !ours || !sandbox)
    throw new Error("A contender is missing.");
  const rows = (
    /** @type {"cycled" | "lean" | "distinct"} */ workload,
    /** @type {typeof scalar} */ versus,
  ) =>
    results.map(({ name, figures }) => {
      const load = figures[workload];
      return [
        name,
        fixed(load.requestsPerSecond),
        fixed(load.p50, 1),
        fixed(load.p99, 1),
        `${load.errors} / ${load.non2xx}`,
        `${figures.sameJson} of ${callCount}`,
        `${fixed(load.requestsPerSecond / versus[workload].requestsPerSecond, 2)}×`,
      ];
    });
  const header = (/** @type {string} */ versus) => [
    "server",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors / non-2xx",
    "same JSON as our mock",
    `req/s vs ${versus}`,
  ];
  const leads = (/** @type {typeof ours} */ figures) =>
    figures.cycled.requestsPerSecond >= SCALAR_LEAD * scalar.cycled.requestsPerSecond &&
    figures.lean.requestsPerSecond >= SCALAR_LEAD * scalar.lean.requestsPerSecond;
  const modeTargets = (/** @type {string} */ name, /** @type {typeof ours} */ figures) => [
    target(
      `our mock, ${name}, at least ${SCALAR_LEAD}× @scalar/mock-server's req/s on the cycled reads ((a) and (c))`,
      leads(figures),
    ),
    "",
    target(
      `our mock, ${name}, p99 ≤ ${P99_LIMIT_MS} ms on the cycled reads in (c) (measured ${fixed(figures.lean.p99, 1)} ms; ` +
        `the trivial server's ${fixed(trivial.lean.p99, 1)} ms)`,
      figures.lean.p99 <= P99_LIMIT_MS,
    ),
    "",
  ];
  const distinctAhead = (/** @type {typeof ours} */ figures) =>
    figures.distinct.requestsPerSecond >= silentPrism.distinct.requestsPerSecond;
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => `${fixed(a / b, 2)}×`;
  return [
    "## 4. Mock throughput and latency",
    "",
    `autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s per workload after ${WARMUP_SECONDS} s warm-up, each server alone`,
    `in its own process (the load generator shares the same cores). The workload: the Gordo description's ${callCount}`,
    "example reads (every GET and `x-read-only` operation, `exampleCall` from @tradespec/openapi-operations, with an",
    "API key), each connection sending them in turn; (a) cycled as they are, (b) all distinct: each request carries an",
    "undeclared query parameter with a value never sent before, so nothing a server remembered applies. Our mock and the",
    `trivial server serve them under ${GORDO_BASE}; Prism and @scalar/mock-server ignore the server path. "Same JSON":`,
    "calls answered with the JSON our stateless mock answers (the sandbox's `/account/usage` counts the requests).",
    "(c) is (a) again from `bench/lib/lean-load.js`, a load generator that spends a few µs per request where",
    "autocannon spends tens, in a process of its own that makes as little garbage as it can (its collector's pauses",
    "would show in every answer in flight): with two cores, autocannon's own work shows in every server's latency,",
    `the trivial server's included (p99 ${fixed(trivial.cycled.p99, 1)} ms in (a), ${fixed(trivial.lean.p99, 1)} ms in (c)).`,
    `(c) goes over all servers in turn ${LEAN_ROUNDS} times, each started afresh and each round starting further along`,
    "the list, as the machine's speed drifts from minute to minute: each of its figures is the median of the server's",
    `${LEAN_ROUNDS} rounds (errors and non-2xx added up). Latencies in (c) are to 0.1 ms.`,
    "",
    "(a) The example reads cycled:",
    "",
    table(header("@scalar/mock-server"), rows("cycled", scalar)),
    "",
    "(b) Every request distinct:",
    "",
    table(header("Prism `-v silent`"), rows("distinct", silentPrism)),
    "",
    "(c) The example reads cycled, lean load generator:",
    "",
    table(header("@scalar/mock-server"), rows("lean", scalar)),
    "",
    `Cycled: our mock ${ratio(ours.cycled.requestsPerSecond, scalar.cycled.requestsPerSecond)} @scalar/mock-server's req/s stateless ` +
      `(${ratio(ours.lean.requestsPerSecond, scalar.lean.requestsPerSecond)} in (c)), ` +
      `${ratio(sandbox.cycled.requestsPerSecond, scalar.cycled.requestsPerSecond)} as a sandbox ` +
      `(${ratio(sandbox.lean.requestsPerSecond, scalar.lean.requestsPerSecond)} in (c)); ` +
      `${ratio(ours.cycled.requestsPerSecond, prism.cycled.requestsPerSecond)} Prism's defaults; ` +
      `${ratio(ours.cycled.requestsPerSecond, trivial.cycled.requestsPerSecond)} the trivial server's.`,
    `Distinct: our mock ${ratio(ours.distinct.requestsPerSecond, silentPrism.distinct.requestsPerSecond)} Prism \`-v silent\`'s req/s stateless, ` +
      `${ratio(sandbox.distinct.requestsPerSecond, silentPrism.distinct.requestsPerSecond)} as a sandbox.`,
    "",
    `Ready = spawn to first 200, median of ${STARTS} starts, polled every 10 ms: our mock ${fixed(startUp.ours)} ms`,
    `(startMock resolves in ${fixed(startUp.inProcess)} ms), Prism ${fixed(startUp.prism)} ms.`,
    "",
    ...modeTargets("stateless", ours),
    ...modeTargets("sandbox", sandbox),
    target(
      "our mock, stateless and sandbox, at least Prism `-v silent`'s req/s on distinct requests",
      distinctAhead(ours) && distinctAhead(sandbox),
    ),
  ].join("\n");
}

await runIfMain(import.meta.url, measureMockThroughput);
