// Pages for the browser tests. Playwright waits up to 2 minutes for what a loaded machine is slow to show, and names
// what it waited for if that runs out, before vitest's 5-minute guard against a hang. A screenshot is a diagnosis,
// not an assertion: taken only when the test fails.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { onTestFailed } from "vitest";
import { PACKAGE_DIR } from "../../src/paths.js";

const SCREENSHOTS = path.join(PACKAGE_DIR, "test-results");
const WAIT_MS = 120_000;

export interface OpenedPage {
  page: Page;
  /** The URL of every request the page made. */
  requests: string[];
}

/** Opens `url` in a fresh page; if the running test fails, what the page shows then is saved as `test-results/<name>.png`. */
export async function openPage(browser: Browser, url: string, name: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(WAIT_MS);
  onTestFailed(() => screenshot(page, name));
  const requests: string[] = [];
  page.on("request", (request) => {
    requests.push(request.url());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return { page, requests };
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (page.isClosed()) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  await page
    .screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), timeout: 10_000 })
    .catch((error: Error) => {
      console.warn(`No screenshot of ${name}: ${error.message}`);
    });
}
