// Our Gordo mock, stateless and as a sandbox, under 60 s each of all-distinct requests: p99 per 10 s window, the RSS
// of its process, and its live heap after a full collection before and after the run.

import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startServerScript } from "./lib/child-process.js";
import { GORDO_BASE, gordoReadCalls, loadRequests } from "./lib/example-calls.js";
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
/**
 * Flat: the live heap after a full collection at the end at most this multiple of the same after the warm-up, when the
 * caches have filled up to their limits. RSS, sampled during the run, rises and falls with the collector's cycle
 * instead, which says little about what is kept.
 */
const LIVE_HEAP_GROWTH = 1.1;
const MOCK_SCRIPT = fileURLToPath(new URL("servers/gordo-mock.js", import.meta.url));

/** @param {number} bytes */
const mib = (bytes) => fixed(bytes / 1024 ** 2, 1);

/**
 * One mode of our mock under the all-distinct reads: p99 and non-2xx per window, RSS every few seconds.
 * @param {{ sandbox: boolean }} options
 */
async function soak({ sandbox }) {
  const mock = await startServerScript(MOCK_SCRIPT, ["0", ...(sandbox ? ["--sandbox"] : [])], {
    nodeFlags: ["--expose-gc"],
  });
  const liveHeap = async () => /** @type {number} */ ((await mock.ask("heap")).liveHeapBytes);
  try {
    const { baseUrl, pid } = mock.info;
    const requests = loadRequests(gordoReadCalls(), GORDO_BASE, { distinct: true });
    const what = sandbox ? "sandbox" : "stateless";
    progress(`mock soak (${what}): ${WARMUP_SECONDS} s warm-up`);
    await applyLoad(baseUrl, { seconds: WARMUP_SECONDS, requests });
    const liveAfterWarmup = await liveHeap();
    const windows = Array.from({ length: LOAD_SECONDS / WINDOW_SECONDS }, () => ({
      latencies: /** @type {number[]} */ ([]),
      non2xx: 0,
    }));
    /** @type {{ label: string, rss: number }[]} */
    const samples = [];
    const started = performance.now();
    const sample = (label = `${Math.round((performance.now() - started) / 1000)} s`) => {
      samples.push({ label, rss: rssBytes(pid) });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
    const ticker = setInterval(
      () => progress(`mock soak (${what}): ${samples.length * SAMPLE_SECONDS} s`),
      15_000,
    );
    let overall;
    try {
      overall = await applyLoad(baseUrl, {
        seconds: LOAD_SECONDS,
        requests,
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
    const liveAtEnd = await liveHeap();
    const p99s = windows.map((window) => percentile(window.latencies, 99));
    const typicalP99 = median(p99s);
    return {
      what,
      overall,
      windows,
      samples,
      typicalP99,
      steady: p99s.every((p99) => p99 <= P99_SPREAD * typicalP99),
      liveAfterWarmup,
      liveAtEnd,
      growth: liveAtEnd / liveAfterWarmup,
    };
  } finally {
    await mock.stop();
  }
}

export async function measureMockSoak() {
  const modes = [await soak({ sandbox: false }), await soak({ sandbox: true })];
  const [stateless, sandbox] = modes;
  if (!stateless || !sandbox) throw new Error("A soak is missing.");
  return [
    "## 5. Mock under sustained load",
    "",
    `Our mock, stateless and then as a sandbox, ${LOAD_SECONDS} s each of autocannon at ${CONNECTIONS} connections after ${WARMUP_SECONDS} s warm-up, on`,
    "the Gordo example reads with every request distinct (section 4 (b)): the worst case for what the mock remembers, since",
    "every request adds entries that are never asked for again, until the caches' limits make it forget the oldest.",
    ...modes.map(
      (mode) =>
        `${mode.what}: ${mode.overall.total} responses, ${fixed(mode.overall.requestsPerSecond)} req/s, ${mode.overall.errors} errors, ${mode.overall.non2xx} non-2xx.`,
    ),
    "",
    table(
      ["window", ...modes.flatMap((mode) => [`${mode.what} req/s`, "p50 ms", "p99 ms", "non-2xx"])],
      stateless.windows.map((_window, i) => [
        `${i * WINDOW_SECONDS}-${(i + 1) * WINDOW_SECONDS} s`,
        ...modes.flatMap((mode) => {
          const window = mode.windows[i] ?? { latencies: [], non2xx: 0 };
          return [
            fixed(window.latencies.length / WINDOW_SECONDS),
            fixed(percentile(window.latencies, 50)),
            fixed(percentile(window.latencies, 99)),
            window.non2xx,
          ];
        }),
      ]),
    ),
    "",
    `RSS from /proc/<pid>/status every ${SAMPLE_SECONDS} s (the mock's one process, Prism inside it), MiB. It follows the`,
    "collector's cycle (the heap grows between major collections and shrinks after them); what the mock keeps is the",
    "live heap after a full collection (the mock runs with `--expose-gc` and collects when asked, outside the run):",
    "",
    table(
      ["t", ...modes.map((mode) => mode.what)],
      stateless.samples.map((s, i) => [
        s.label,
        ...modes.map((mode) => mib(mode.samples[i]?.rss ?? Number.NaN)),
      ]),
    ),
    ...modes.flatMap((mode) => [
      "",
      target(
        `${mode.what}: steady p99 (every window ≤ ${P99_SPREAD}× the median window's ${fixed(mode.typicalP99)} ms)`,
        mode.steady,
      ),
      "",
      target(
        `${mode.what}: flat memory (live heap after a full collection at the end, ${mib(mode.liveAtEnd)} MiB, ≤ ${LIVE_HEAP_GROWTH}× the same after the warm-up, ${mib(mode.liveAfterWarmup)} MiB; measured ${fixed(mode.growth, 2)}×)`,
        mode.growth <= LIVE_HEAP_GROWTH,
      ),
    ]),
  ].join("\n");
}

await runIfMain(import.meta.url, measureMockSoak);
