// Per-request time of the typed clients against plain fetch, same local server, requests interleaved one by one, in
// several fresh processes (samplers/client-overhead.js) whose rounds are pooled.
import { fileURLToPath } from "node:url";
import { runSampler, startServerScript } from "./lib/child-process.js";
import { BARE_OPENAPI_FETCH, GORDO_CLIENT, GUNBOT_CLIENT } from "./lib/client-contenders.js";
import { GORDO_BASE_PATH, GUNBOT_BASE_PATH, GUNBOT_TIME_PATH, MARKET_PRICE_PATH } from "./lib/endpoints.js";
import { fixed, table, target } from "./lib/markdown.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median } from "./lib/stats.js";

const PROCESSES = 5;
const WARMUP_REQUESTS = 1_000;
const REQUESTS = 4_000;
const SLOWEST_SHARE_DROPPED = 0.01;
const MAX_RATIO = 1.1;
const CLIENTS = [GORDO_CLIENT, GUNBOT_CLIENT];
const SERVER_SCRIPT = fileURLToPath(new URL("servers/trivial-json-server.js", import.meta.url));
const SAMPLER_SCRIPT = fileURLToPath(new URL("samplers/client-overhead.js", import.meta.url));

/**
 * @typedef {object} Sample
 * @property {Record<string, number>} msPerRequest
 * @property {Record<string, string>} baselines
 */

/** @param {string} origin @returns {Promise<Sample>} */
async function sample(origin) {
  const settings = {
    origin,
    warmupRequests: WARMUP_REQUESTS,
    requests: REQUESTS,
    slowestShareDropped: SLOWEST_SHARE_DROPPED,
  };
  return runSampler(SAMPLER_SCRIPT, settings);
}

/** @param {number[]} ratios */
function spread(ratios) {
  return [...ratios]
    .sort((a, b) => a - b)
    .map((ratio) => fixed(ratio, 3))
    .join(" ");
}

export async function measureClientOverhead() {
  const server = await startServerScript(SERVER_SCRIPT);
  /** @type {Sample[]} */
  const samples = [];
  try {
    for (let i = 0; i < PROCESSES; i += 1) {
      samples.push(await sample(`http://127.0.0.1:${server.info.port}`));
      progress(`client overhead: ${i + 1} of ${PROCESSES} processes`);
    }
  } finally {
    await server.stop();
  }
  const [first] = samples;
  if (first === undefined) throw new Error("no sample");
  const names = Object.keys(first.baselines);
  /** Each process's ratio of `name` to `baseline`, by default the contender the sampler compares it with. */
  const ratiosOf = (/** @type {string} */ name, /** @type {string | undefined} */ baseline = undefined) =>
    samples.map(
      ({ msPerRequest, baselines }) =>
        /** @type {number} */ (msPerRequest[name]) /
        /** @type {number} */ (msPerRequest[baseline ?? baselines[name] ?? name]),
    );
  const msOf = (/** @type {string} */ name) =>
    median(samples.map(({ msPerRequest }) => msPerRequest[name] ?? NaN));
  const ratioOf = (/** @type {string} */ name) => median(ratiosOf(name));
  const overBare = median(ratiosOf(GORDO_CLIENT, BARE_OPENAPI_FETCH));
  return [
    "## 3. Client overhead",
    "",
    `GET ${GORDO_BASE_PATH}${MARKET_PRICE_PATH} (Gordo) and GET ${GUNBOT_BASE_PATH}${GUNBOT_TIME_PATH} (Gunbot) against a trivial node:http`,
    "server (own process) answering the mocks' JSON; one request at a time, each contender in turn, the order rotating",
    `every request. ${PROCESSES} fresh processes, each with ${WARMUP_REQUESTS} warm-up requests per contender, then ${REQUESTS} measured`,
    "requests per contender. The clients run with default options (no timeout, like plain fetch); the row with a",
    "timeout is compared with plain fetch given the same timeout (a controller and a timer per request), to show that",
    "a timeout costs the client what it costs fetch. Plain fetch sends the same credential header and parses the JSON",
    `too. A process's figure is the mean time per request without the slowest ${SLOWEST_SHARE_DROPPED * 100} % (where the garbage`,
    "collector's pauses land, on whichever contender is running); the table gives the median over the processes and",
    "each process's ratio, lowest to highest.",
    "",
    table(
      ["contender", "µs per request", "compared with", "ratio", "per process"],
      names.map((name) => {
        const baseline = first.baselines[name] ?? name;
        const compared = baseline !== name;
        return [
          name,
          fixed(msOf(name) * 1000),
          compared ? baseline : "",
          compared ? `${fixed(ratioOf(name), 3)}×` : "",
          compared ? spread(ratiosOf(name)) : "",
        ];
      }),
    ),
    "",
    `openapi-fetch alone is ${fixed(ratioOf(BARE_OPENAPI_FETCH), 3)}× plain fetch on the same call: it builds a Request, which fetch copies again.`,
    `${GORDO_CLIENT} is ${fixed(overBare, 3)}× openapi-fetch alone (median of the processes' ratios): its Request (CallRequest) spares`,
    "the copy the signal it would follow; its retrying fetch and its check of JSON bodies add a little.",
    "",
    target(
      `each typed client within ${Math.round((MAX_RATIO - 1) * 100)} % of plain fetch (${CLIENTS.join(", ")})`,
      CLIENTS.every((name) => ratioOf(name) <= MAX_RATIO),
    ),
  ].join("\n");
}

await runIfMain(import.meta.url, measureClientOverhead);
