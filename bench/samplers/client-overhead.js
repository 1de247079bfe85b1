// One sample of the client-overhead benchmark, in a process of its own (fresh JIT and heap): every contender
// against the trivial server, requests interleaved one by one. Its argument is JSON,
// { origin, warmupRequests, requests, slowestShareDropped }; it prints one JSON line,
// { msPerRequest: { name: number }, baselines: { name: string } }.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createGordoClient } from "@tradespec/gordo";
import { createGunbotClient } from "@tradespec/gunbot";
import { BARE_OPENAPI_FETCH, GORDO_CLIENT, GUNBOT_CLIENT, PLAIN_FETCH } from "../lib/client-contenders.js";
import {
  API_KEY,
  GORDO_BASE_PATH,
  GUNBOT_BASE_PATH,
  GUNBOT_TIME_PATH,
  GUNBOT_TOKEN,
  MARKET_PRICE_PATH,
} from "../lib/endpoints.js";

const TIMEOUT_MS = 10_000;

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
  const plain = PLAIN_FETCH;
  const plainGunbot = `${PLAIN_FETCH}, GET ${GUNBOT_BASE_PATH}${GUNBOT_TIME_PATH}`;
  const plainTimed = `${PLAIN_FETCH} with a ${TIMEOUT_MS / 1000} s timeout`;
  return {
    [plain]: { send: () => plainFetch(gordoBase + MARKET_PRICE_PATH, gordoHeaders), baseline: plain },
    [BARE_OPENAPI_FETCH]: {
      send: async () => dataOf("openapi-fetch", await bare.GET(MARKET_PRICE_PATH)),
      baseline: plain,
    },
    [GORDO_CLIENT]: {
      send: async () => dataOf(GORDO_CLIENT, await gordo.GET(MARKET_PRICE_PATH)),
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
    [GUNBOT_CLIENT]: {
      send: async () => dataOf(GUNBOT_CLIENT, await gunbot.GET(GUNBOT_TIME_PATH)),
      baseline: plainGunbot,
    },
  };
}

/**
 * The mean of `values` without the slowest `share` of them: a pause of the garbage collector falls on whichever
 * request happens to be running, and one such pause would otherwise outweigh the differences measured here.
 * @param {number[]} values
 * @param {number} share
 */
function trimmedMean(values, share) {
  const kept = [...values].sort((a, b) => a - b).slice(0, Math.ceil(values.length * (1 - share)));
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

const { origin, warmupRequests, requests, slowestShareDropped } = JSON.parse(process.argv[2] ?? "{}");
const contenders = await contendersAt(origin);
const names = Object.keys(contenders);
for (const name of names) for (let i = 0; i < warmupRequests; i += 1) await contenders[name]?.send();

/** @type {Record<string, number[]>} */
const times = Object.fromEntries(names.map((name) => [name, []]));
for (let i = 0; i < requests; i += 1) {
  // One request each, starting with a different contender every time, so that drift in machine load falls on all
  // of them alike.
  for (let k = 0; k < names.length; k += 1) {
    const name = /** @type {string} */ (names[(i + k) % names.length]);
    const started = performance.now();
    await contenders[name]?.send();
    times[name]?.push(performance.now() - started);
  }
}
const msPerRequest = Object.fromEntries(
  names.map((name) => [name, trimmedMean(times[name] ?? [], slowestShareDropped)]),
);
const baselines = Object.fromEntries(names.map((name) => [name, contenders[name]?.baseline ?? name]));
process.stdout.write(`${JSON.stringify({ msPerRequest, baselines })}\n`);
