// Bytes a reader downloads and time to the first rendered operation, for our site beside `redocly build-docs`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveSite } from "@tradespec/docs";
import { launchOfflineChromium } from "./lib/browser.js";
import { firstOperation } from "./lib/first-operation.js";
import { fixed, kib, table, target } from "./lib/markdown.js";
import { bundleJsonPath, QUIET_ENV, REDOCLY_BIN } from "./lib/repo-paths.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { median } from "./lib/stats.js";

const RUNS = 3;
const RENDER_TIMEOUT_MS = 15_000;
/** @type {readonly ("gordo" | "gunbot")[]} */
const PAGES = ["gordo", "gunbot"];

/**
 * Runs `redocly build-docs` on each bundle into `<dir>/<api>/index.html`, from a folder without a redocly.yaml.
 * @param {string} dir
 * @param {readonly string[]} extraArgs
 */
function buildRedoclyDocs(dir, extraArgs) {
  mkdirSync(dir, { recursive: true });
  for (const api of PAGES) {
    execFileSync(
      REDOCLY_BIN,
      ["build-docs", bundleJsonPath(api), "-o", path.join(dir, api, "index.html"), ...extraArgs],
      {
        cwd: dir,
        env: QUIET_ENV,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
  }
}

/** Records, in the page, the time of the first frame that shows one of `summaries` on screen. */
function watchForOperation(/** @type {string[]} */ summaries) {
  const xpath = summaries.map((summary) => `//*[normalize-space(text())="${summary}"]`).join(" | ");
  const check = () => {
    const found = document.evaluate(
      xpath,
      document,
      null,
      XPathResult.FIRST_ORDERED_NODE_TYPE,
      null,
    ).singleNodeValue;
    if (found instanceof Element && found.getClientRects().length > 0) {
      Object.assign(window, { firstOperationMs: performance.now() });
      return;
    }
    if (performance.now() < 60_000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Network figures of one page load, from the DevTools protocol: bytes are what crossed the wire, headers included.
 * @param {import("playwright-core").CDPSession} cdp
 */
async function networkMeter(cdp) {
  await cdp.send("Network.enable");
  const urls = new Map();
  let figures = { bytes: 0, requests: 0, blocked: 0 };
  cdp.on("Network.requestWillBeSent", (event) => {
    urls.set(event.requestId, event.request.url);
    figures.requests += 1;
  });
  cdp.on("Network.loadingFinished", (event) => {
    figures.bytes += event.encodedDataLength;
  });
  cdp.on("Network.loadingFailed", (event) => {
    const url = urls.get(event.requestId) ?? "";
    if (!url.startsWith("http://127.0.0.1")) figures.blocked += 1;
  });
  return {
    take() {
      const taken = figures;
      figures = { bytes: 0, requests: 0, blocked: 0 };
      return taken;
    },
  };
}

/**
 * Visits the Gordo page, then the Gunbot page in the same tab (browser cache warm), in a fresh context.
 * @param {import("playwright-core").Browser} browser
 * @param {(api: "gordo" | "gunbot") => string} urlOf
 */
async function visitBothPages(browser, urlOf) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(
      watchForOperation,
      PAGES.map((api) => firstOperation(api).summary),
    );
    const page = await context.newPage();
    const meter = await networkMeter(await context.newCDPSession(page));
    const visits = [];
    for (const api of PAGES) {
      await page.goto(urlOf(api), { waitUntil: "load", timeout: 60_000 });
      const firstOperationMs = await page
        .waitForFunction(() => /** @type {any} */ (window).firstOperationMs, null, {
          timeout: RENDER_TIMEOUT_MS,
        })
        .then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()))
        .catch(() => Number.NaN);
      await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
      visits.push({ api, firstOperationMs, ...meter.take() });
    }
    return visits;
  } finally {
    await context.close();
  }
}

export async function measureDocsWeight() {
  const scratch = mkdtempSync(path.join(tmpdir(), "tradespec-bench-docs-"));
  const servers = [];
  const browser = await launchOfflineChromium();
  try {
    progress("docs: building the redocly build-docs outputs");
    buildRedoclyDocs(path.join(scratch, "default"), []);
    buildRedoclyDocs(path.join(scratch, "inline"), ["--inlineBundle"]);
    const ours = await serveSite({ port: 0 });
    const plain = await serveSite({ port: 0, root: path.join(scratch, "default") });
    const inline = await serveSite({ port: 0, root: path.join(scratch, "inline") });
    servers.push(ours, plain, inline);
    // Redoc 3, in all three, shows one tag per route: the reader's first operation is on its first tag's route.
    const tagRoute = (/** @type {"gordo" | "gunbot"} */ api) => `${api}/#/${firstOperation(api).tagSlug}`;
    const sites = [
      {
        name: "our site (apps/docs/dist, `serveSite`)",
        urlOf: (/** @type {any} */ api) => ours.url + tagRoute(api),
      },
      { name: "`redocly build-docs` default", urlOf: (/** @type {any} */ api) => plain.url + tagRoute(api) },
      {
        name: "`redocly build-docs --inlineBundle`",
        urlOf: (/** @type {any} */ api) => inline.url + tagRoute(api),
      },
    ];
    const rows = [];
    /** @type {Record<string, Awaited<ReturnType<typeof visitBothPages>>>} */
    const lastRuns = {};
    for (const site of sites) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await visitBothPages(browser, site.urlOf));
      progress(`docs: ${site.name} measured`);
      const last = /** @type {Awaited<ReturnType<typeof visitBothPages>>} */ (runs.at(-1));
      lastRuns[site.name] = last;
      last.forEach((visit, index) => {
        const times = runs.map((visits) => visits[index]?.firstOperationMs ?? Number.NaN);
        const rendered = times.every(Number.isFinite);
        rows.push([
          site.name,
          `${visit.api} (${index === 0 ? "first visit" : "second page, cache warm"})`,
          kib(visit.bytes),
          visit.requests,
          visit.blocked,
          rendered
            ? `${fixed(median(times))} ms`
            : `does not render offline (none within ${RENDER_TIMEOUT_MS / 1000} s)`,
        ]);
      });
    }
    const [oursVisits, , inlineVisits] = sites.map((site) => lastRuns[site.name] ?? []);
    const oursRenders = rows
      .filter((row) => row[0] === sites[0]?.name)
      .every((row) => String(row[5]).endsWith(" ms"));
    const lighter = PAGES.every(
      (_, i) => (oursVisits?.[i]?.bytes ?? Infinity) < (inlineVisits?.[i]?.bytes ?? 0),
    );
    return [
      "## 6. Docs weight and time to first render",
      "",
      `Headless Debian Chromium (playwright-core), every host but 127.0.0.1 unresolvable; fresh browser context per run,`,
      `Gordo page first, then the Gunbot page in the same tab. Bytes are what crossed the wire (DevTools`,
      "`encodedDataLength`, headers included); memory-cache hits cost nothing and are not counted as requests.",
      `First operation = first animation frame showing the first operation's summary, from navigation start,`,
      `median of ${RUNS} runs. All three sites are served by the same \`serveSite\` server; only ours ships`,
      "precompressed files. Redoc 3 shows one tag per route, so each page is opened on its first tag's route.",
      "",
      table(
        ["site", "page", "downloaded", "network requests", "blocked external requests", "first operation"],
        rows,
      ),
      "",
      target("our site renders every page offline", oursRenders),
      "",
      target(
        "our site downloads less than `--inlineBundle` on the first visit and on the second page",
        lighter,
      ),
    ].join("\n");
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    rmSync(scratch, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, measureDocsWeight);
