// Per-request time of the typed clients against plain fetch, same local server, requests interleaved one by one.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createGordoClient } from "@tradespec/gordo";
import { createGunbotClient } from "@tradespec/gunbot";
import { startServerScript } from "./lib/child-process.js";
import {
  API_KEY,
  GORDO_BASE_PATH,
  GUNBOT_BASE_PATH,
  GUNBOT_TIME_PATH,
  GUNBOT_TOKEN,
  MARKET_PRICE_PATH,
} from "./lib/endpoints.js";
import { fixed, table, target } from "./lib/markdown.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median } from "./lib/stats.js";

const WARMUP_REQUESTS = 1_000;
const ROUNDS = 30;
const REQUESTS_PER_ROUND = 300;
const MAX_RATIO = 1.1;
const TIMEOUT_MS = 10_000;
const SERVER_SCRIPT = fileURLToPath(new URL("servers/trivial-json-server.js", import.meta.url));

/** The ES module build of openapi-fetch the Gordo client imports: the bench does not depend on it directly. */
async function importOpenapiFetch() {
  const fromClient = createRequire(createRequire(import.meta.url).resolve("@tradespec/gordo/package.json"));
  const module = await import(pathToFileURL(fromClient.resolve("openapi-fetch/dist/index.mjs")).href);
  return module.default;
}

/**
 * @param {string} name
 * @param {{ data?: unknown, response: Response }} result
 */
function dataOf(name, { data, response }) {
  if (data === undefined) throw new Error(`${name} got HTTP ${response.status}`);
  return data;
}

/**
 * @param {string} url
 * @param {RequestInit} init
 */
async function plainFetch(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`plain fetch got HTTP ${response.status}`);
  return response.json();
}

/**
 * A request with a timeout, written as a careful user of plain fetch would: a controller and a timer per request.
 * @param {string} url
 * @param {RequestInit} init
 */
async function plainFetchWithTimeout(url, init) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await plainFetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Each contender sends one request and parses its JSON; `baseline` names the contender it is compared with.
 * @param {string} origin
 * @returns {Promise<Record<string, { send: () => Promise<unknown>, baseline: string }>>}
 */
async function contendersAt(origin) {
  const gordoBase = origin + GORDO_BASE_PATH;
  const gunbotBase = origin + GUNBOT_BASE_PATH;
  const gordoHeaders = { headers: { "X-API-Key": API_KEY } };
  const gunbotHeaders = { headers: { Authorization: `Bearer ${GUNBOT_TOKEN}` } };
  const bare = (await importOpenapiFetch())({ baseUrl: gordoBase, ...gordoHeaders });
  const gordo = createGordoClient({ baseUrl: gordoBase, apiKey: API_KEY });
  const gordoTimed = createGordoClient({ baseUrl: gordoBase, apiKey: API_KEY, timeoutMs: TIMEOUT_MS });
  const gunbot = createGunbotClient({ baseUrl: gunbotBase, token: GUNBOT_TOKEN });
  const plain = "plain fetch";
  const plainGunbot = `plain fetch, GET ${GUNBOT_BASE_PATH}${GUNBOT_TIME_PATH}`;
  const plainTimed = `plain fetch with a ${TIMEOUT_MS / 1000} s timeout`;
  return {
    [plain]: { send: () => plainFetch(gordoBase + MARKET_PRICE_PATH, gordoHeaders), baseline: plain },
    "openapi-fetch alone": {
      send: async () => dataOf("openapi-fetch", await bare.GET(MARKET_PRICE_PATH)),
      baseline: plain,
    },
    createGordoClient: {
      send: async () => dataOf("createGordoClient", await gordo.GET(MARKET_PRICE_PATH)),
      baseline: plain,
    },
    [plainTimed]: {
      send: () => plainFetchWithTimeout(gordoBase + MARKET_PRICE_PATH, gordoHeaders),
      baseline: plain,
    },
    [`createGordoClient({ timeoutMs: ${TIMEOUT_MS} })`]: {
      send: async () => dataOf("createGordoClient", await gordoTimed.GET(MARKET_PRICE_PATH)),
      baseline: plainTimed,
    },
    [plainGunbot]: {
      send: () => plainFetch(gunbotBase + GUNBOT_TIME_PATH, gunbotHeaders),
      baseline: plainGunbot,
    },
    createGunbotClient: {
      send: async () => dataOf("createGunbotClient", await gunbot.GET(GUNBOT_TIME_PATH)),
      baseline: plainGunbot,
    },
  };
}

export async function measureClientOverhead() {
  const server = await startServerScript(SERVER_SCRIPT);
  try {
    const contenders = await contendersAt(`http://127.0.0.1:${server.info.port}`);
    const names = Object.keys(contenders);
    for (const name of names) for (let i = 0; i < WARMUP_REQUESTS; i += 1) await contenders[name]?.send();

    /** @type {Record<string, number[]>} mean ms per request, per round */
    const perRound = Object.fromEntries(names.map((name) => [name, []]));
    /** @type {Record<string, number[]>} */
    const ratios = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      /** @type {Record<string, number>} */
      const total = Object.fromEntries(names.map((name) => [name, 0]));
      for (let i = 0; i < REQUESTS_PER_ROUND; i += 1) {
        // One request each, starting with a different contender every time, so that drift in machine load and the
        // garbage collector's pauses fall on all of them alike.
        for (let k = 0; k < names.length; k += 1) {
          const name = /** @type {string} */ (names[(i + k) % names.length]);
          const started = performance.now();
          await contenders[name]?.send();
          total[name] += performance.now() - started;
        }
      }
      for (const name of names) {
        perRound[name]?.push(/** @type {number} */ (total[name]) / REQUESTS_PER_ROUND);
        ratios[name]?.push(
          /** @type {number} */ (total[name]) /
            /** @type {number} */ (total[contenders[name]?.baseline ?? name]),
        );
      }
      if (round % 10 === 9) progress(`client overhead: ${round + 1} of ${ROUNDS} rounds`);
    }

    const ratioOf = (/** @type {string} */ name) => median(ratios[name] ?? []);
    const clients = ["createGordoClient", "createGunbotClient"];
    return [
      "## 3. Client overhead",
      "",
      `GET ${GORDO_BASE_PATH}${MARKET_PRICE_PATH} (Gordo) and GET ${GUNBOT_BASE_PATH}${GUNBOT_TIME_PATH} (Gunbot) against a trivial node:http`,
      "server (own process) answering the mocks' JSON; one request at a time, each contender in turn, the order",
      `rotating every request; ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} requests per contender after ${WARMUP_REQUESTS} warm-up requests each.`,
      "The clients run with default options (no timeout, like plain fetch); the row with a timeout is compared with plain",
      "fetch given the same timeout (a controller and a timer per request), to show that a timeout costs the client what",
      "it costs fetch. Plain fetch sends the same credential header and parses the JSON too. Figures are medians over the",
      "rounds; a ratio is the median of the per-round ratios.",
      "",
      table(
        ["contender", "µs per request", "compared with", "ratio"],
        names.map((name) => {
          const baseline = contenders[name]?.baseline ?? name;
          return [
            name,
            fixed(median(perRound[name] ?? []) * 1000),
            baseline === name ? "" : baseline,
            `${fixed(ratioOf(name), 3)}×`,
          ];
        }),
      ),
      "",
      target(
        `each typed client within ${Math.round((MAX_RATIO - 1) * 100)} % of plain fetch (${clients.join(", ")})`,
        clients.every((name) => ratioOf(name) <= MAX_RATIO),
      ),
    ].join("\n");
  } finally {
    await server.stop();
  }
}

await runIfMain(import.meta.url, measureClientOverhead);
