// Per-request time of the typed Gordo client against plain fetch, same local server, interleaved rounds.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createGordoClient } from "@tradespec/gordo";
import { startServerScript } from "./lib/child-process.js";
import { fixed, table, target } from "./lib/markdown.js";
import { API_KEY, GORDO_BASE_PATH, MARKET_PRICE_PATH } from "./lib/market-price.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median } from "./lib/stats.js";

const WARMUP_REQUESTS = 1_000;
const ROUNDS = 30;
const REQUESTS_PER_ROUND = 300;
const MAX_RATIO = 1.1;
const SERVER_SCRIPT = fileURLToPath(new URL("servers/trivial-json-server.js", import.meta.url));

/** The ES module build of openapi-fetch the Gordo client imports: the bench does not depend on it directly. */
async function importOpenapiFetch() {
  const fromClient = createRequire(createRequire(import.meta.url).resolve("@tradespec/gordo/package.json"));
  const module = await import(pathToFileURL(fromClient.resolve("openapi-fetch/dist/index.mjs")).href);
  return module.default;
}

/**
 * @param {() => Promise<unknown>} send
 * @param {number} count
 * @returns {Promise<number>} mean milliseconds per request, one request at a time
 */
async function msPerRequest(send, count) {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await send();
  return (performance.now() - started) / count;
}

export async function measureClientOverhead() {
  const server = await startServerScript(SERVER_SCRIPT);
  try {
    const baseUrl = `http://127.0.0.1:${server.info.port}${GORDO_BASE_PATH}`;
    const url = baseUrl + MARKET_PRICE_PATH;
    const client = createGordoClient({ baseUrl, apiKey: API_KEY });
    const bareClient = (await importOpenapiFetch())({ baseUrl, headers: { "X-API-Key": API_KEY } });
    const contenders = {
      "plain fetch": async () => {
        const response = await fetch(url, { headers: { "X-API-Key": API_KEY } });
        if (!response.ok) throw new Error(`plain fetch got ${response.status}`);
        return response.json();
      },
      createGordoClient: async () => {
        const { data, response } = await client.GET(MARKET_PRICE_PATH);
        if (data === undefined) throw new Error(`the typed client got ${response.status}`);
        return data;
      },
      "openapi-fetch alone": async () => {
        const { data, response } = await bareClient.GET(MARKET_PRICE_PATH);
        if (data === undefined) throw new Error(`openapi-fetch got ${response.status}`);
        return data;
      },
    };
    const names = /** @type {(keyof typeof contenders)[]} */ (Object.keys(contenders));
    for (const name of names) await msPerRequest(contenders[name], WARMUP_REQUESTS);

    /** @type {Record<string, number[]>} */
    const perRound = Object.fromEntries(names.map((name) => [name, []]));
    /** @type {Record<string, number[]>} */
    const ratios = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternate who goes first so that drift in machine load falls on both equally.
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const name of order)
        perRound[name]?.push(await msPerRequest(contenders[name], REQUESTS_PER_ROUND));
      const plainThisRound = /** @type {number} */ (perRound["plain fetch"]?.at(-1));
      for (const name of names)
        ratios[name]?.push(/** @type {number} */ (perRound[name]?.at(-1)) / plainThisRound);
      if (round % 10 === 9) progress(`client overhead: ${round + 1} of ${ROUNDS} rounds`);
    }
    const ratio = median(ratios.createGordoClient ?? []);
    return [
      "## 3. Client overhead",
      "",
      `GET ${GORDO_BASE_PATH}${MARKET_PRICE_PATH} against a trivial node:http server (own process) answering the mock's JSON;`,
      `one request at a time, ${ROUNDS} interleaved rounds of ${REQUESTS_PER_ROUND} requests each after ${WARMUP_REQUESTS} warm-up`,
      "requests per contender. `createGordoClient({ baseUrl, apiKey })`, otherwise default options; plain fetch sends",
      "the same X-API-Key header and parses the JSON too; bare openapi-fetch (same header) shows what the client-kit",
      "middleware adds on top of it. Figures are medians over the rounds; ratios are the median of per-round ratios.",
      "",
      table(
        ["contender", "µs per request", "vs plain fetch"],
        names.map((name) => [
          name,
          fixed(median(perRound[name] ?? []) * 1000),
          `${fixed(median(ratios[name] ?? []), 3)}×`,
        ]),
      ),
      "",
      target(`typed client within ${Math.round((MAX_RATIO - 1) * 100)} % of plain fetch`, ratio <= MAX_RATIO),
    ].join("\n");
  } finally {
    await server.stop();
  }
}

await runIfMain(import.meta.url, measureClientOverhead);
