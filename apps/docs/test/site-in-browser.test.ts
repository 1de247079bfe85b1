// Drives Debian's Chromium through the built site, served on 127.0.0.1, and records every request it makes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SITES } from "../src/apis.js";
import { launchChromium } from "../src/chromium.js";
import { listOperations } from "../src/code-samples/request.js";
import { SITE_DIR } from "../src/paths.js";
import { type RunningSite, serveSite } from "../src/server.js";
import { openPage } from "./support/open-page.js";
import { openedMenuText, openSearchResult } from "./support/redoc-page.js";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite({ port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function outsideTheSite(requests: readonly string[]) {
  return requests.filter((url) => !url.startsWith("data:") && new URL(url).hostname !== "127.0.0.1");
}

describe("the landing page", () => {
  it("links both references and the changelog, and asks nothing from outside 127.0.0.1", async () => {
    const { page, requests } = await openPage(browser, site.url, "landing");
    await expect(page.title()).resolves.toContain("tradespec");
    expect(await page.locator('a[href="gordo/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="gunbot/"]').count()).toBeGreaterThan(0);
    await expect(page.locator("#changelog").textContent()).resolves.toContain("Changelog");
    expect(outsideTheSite(requests)).toEqual([]);
    await page.close();
  });
});

describe.each(API_SITES)("the $id reference page", (api) => {
  it("lists every operation, finds one by search and opens it from a deep link, all from 127.0.0.1", async () => {
    const document = JSON.parse(await readFile(path.join(SITE_DIR, api.id, "openapi.json"), "utf8"));
    const operations = listOperations(document).map(({ operation }) => operation);
    expect(operations.length).toBeGreaterThan(0);
    const { page, requests } = await openPage(browser, `${site.url}${api.id}/`, api.id);

    // Every operation (and webhook) is in the navigation.
    const menu = await openedMenuText(page);
    const missing = operations
      .map((operation) => String(operation.summary))
      .filter((summary) => !menu.includes(summary));
    expect(missing, "operations missing from the navigation").toEqual([]);
    const webhooks = Object.values(document.webhooks ?? {}).flatMap((item) => Object.values(item as object));
    const missingWebhooks = webhooks
      .map((hook) => String(hook.summary))
      .filter((summary) => !menu.includes(summary));
    expect(missingWebhooks, "webhooks missing from the navigation").toEqual([]);

    // The search finds an operation by its summary, and opening the result gives a deep link to it.
    const target = operations.at(-1) ?? {};
    const operationId = String(target.operationId).toLowerCase();
    await openSearchResult(page, String(target.summary));
    let deepLink = "";
    await page.waitForURL((url) => {
      deepLink = url.href;
      return url.hash.endsWith(`/${operationId}`);
    });
    await page.close();

    // Opened in a fresh page, the deep link shows the operation with its samples.
    const deep = await openPage(browser, deepLink, `${api.id}-deep-link`);
    const heading = deep.page.locator("h2", { hasText: String(target.summary) }).first();
    await heading.waitFor({ state: "visible" });
    await deep.page.getByText("curl --fail-with-body").first().waitFor({ state: "visible" });

    expect(outsideTheSite([...requests, ...deep.requests])).toEqual([]);
    await deep.page.close();
  });
});
