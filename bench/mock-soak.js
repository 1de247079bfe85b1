// Our Gordo mock under 60 s of sustained load: p99 per 10 s window and the RSS of its process.

import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startServerScript } from "./lib/child-process.js";
import { API_KEY, MARKET_PRICE_PATH } from "./lib/endpoints.js";
import { applyLoad, CONNECTIONS } from "./lib/load.js";
import { fixed, table, target } from "./lib/markdown.js";
import { rssBytes } from "./lib/rss.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median, percentile } from "./lib/stats.js";

const WARMUP_SECONDS = 5;
const LOAD_SECONDS = 60;
const WINDOW_SECONDS = 10;
const SAMPLE_SECONDS = 5;
/** Steady: no window's p99 above this multiple of the median window's. */
const P99_SPREAD = 2;
/** Flat: total RSS at the end at most this multiple of the RSS after the first window. */
const RSS_GROWTH = 1.25;
const MOCK_SCRIPT = fileURLToPath(new URL("servers/gordo-mock.js", import.meta.url));

/** @param {number} bytes */
const mib = (bytes) => fixed(bytes / 1024 ** 2, 1);

export async function measureMockSoak() {
  const mock = await startServerScript(MOCK_SCRIPT);
  try {
    const { baseUrl, pid } = mock.info;
    const url = baseUrl + MARKET_PRICE_PATH;
    const headers = { "X-API-Key": API_KEY };
    progress(`mock soak: ${WARMUP_SECONDS} s warm-up`);
    await applyLoad(url, { seconds: WARMUP_SECONDS, headers });
    const windows = Array.from({ length: LOAD_SECONDS / WINDOW_SECONDS }, () => ({
      latencies: [],
      non2xx: 0,
    }));
    const samples = [];
    const started = performance.now();
    const sample = (label = `${Math.round((performance.now() - started) / 1000)} s`) => {
      samples.push({
        label,
        second: (performance.now() - started) / 1000,
        rss: rssBytes(pid),
      });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
    const ticker = setInterval(() => progress(`mock soak: ${samples.length * SAMPLE_SECONDS} s`), 15_000);
    let overall;
    try {
      overall = await applyLoad(url, {
        seconds: LOAD_SECONDS,
        headers,
        onResponse(statusCode, ms) {
          const index = Math.floor((performance.now() - started) / 1000 / WINDOW_SECONDS);
          const window = windows[Math.min(index, windows.length - 1)];
          window?.latencies.push(ms);
          if (window && (statusCode < 200 || statusCode > 299)) window.non2xx += 1;
        },
      });
      sample("end");
    } finally {
      clearInterval(sampler);
      clearInterval(ticker);
    }

    const p99s = windows.map((window) => percentile(window.latencies, 99));
    const typicalP99 = median(p99s);
    const steady = p99s.every((p99) => p99 <= P99_SPREAD * typicalP99);
    const afterFirstWindow = samples.find((s) => s.second >= WINDOW_SECONDS) ?? samples[0];
    const last = samples.at(-1);
    const growth = last && afterFirstWindow ? last.rss / afterFirstWindow.rss : Number.NaN;
    const flat = growth <= RSS_GROWTH;

    return [
      "## 5. Mock under sustained load",
      "",
      `Our mock, ${LOAD_SECONDS} s of autocannon at ${CONNECTIONS} connections on GET /v1${MARKET_PRICE_PATH} after ${WARMUP_SECONDS} s warm-up`,
      `(${overall.total} responses, ${fixed(overall.requestsPerSecond)} req/s, ${overall.errors} errors, ${overall.non2xx} non-2xx).`,
      "",
      table(
        ["window", "responses", "req/s", "p50 ms", "p99 ms", "non-2xx"],
        windows.map((window, i) => [
          `${i * WINDOW_SECONDS}-${(i + 1) * WINDOW_SECONDS} s`,
          window.latencies.length,
          fixed(window.latencies.length / WINDOW_SECONDS),
          fixed(percentile(window.latencies, 50)),
          fixed(percentile(window.latencies, 99)),
          window.non2xx,
        ]),
      ),
      "",
      `RSS from /proc/<pid>/status every ${SAMPLE_SECONDS} s (the mock's one process, Prism inside it), MiB:`,
      "",
      table(
        ["t", "RSS"],
        samples.map((s) => [s.label, mib(s.rss)]),
      ),
      "",
      target(
        `steady p99 (every window ≤ ${P99_SPREAD}× the median window's ${fixed(typicalP99)} ms)`,
        steady,
      ),
      "",
      target(
        `flat memory (RSS at the end ≤ ${RSS_GROWTH}× the RSS at ${afterFirstWindow?.label}; measured ${fixed(growth, 2)}×)`,
        flat,
      ),
    ].join("\n");
  } finally {
    await mock.stop();
  }
}

await runIfMain(import.meta.url, measureMockSoak);
