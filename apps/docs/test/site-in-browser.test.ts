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

    // Every operation (and webhook) is in the navigation. Groups open one at a time, so read each once opened.
    const groups = page.locator('[data-component-name="Menu/MenuItem"].menu-item-type-group');
    let menu = (await page.locator('[data-component-name="Menu/Menu"]').first().textContent()) ?? "";
    for (let index = 0; index < (await groups.count()); index++) {
      const group = groups.nth(index);
      const children = group.locator('[data-component-name="Menu/MenuItem"]');
      if ((await children.count()) === 0) {
        await group.locator("a").first().click();
        await children.first().waitFor({ state: "attached" });
      }
      menu += `\n${(await group.textContent()) ?? ""}`;
    }
    const missing = operations
      .map((operation) => String(operation.summary))
      .filter((summary) => !menu.includes(summary));
    expect(missing, "operations missing from the navigation").toEqual([]);
    const webhooks = Object.values(document.webhooks ?? {}).flatMap((item) => Object.values(item as object));
    const missingWebhooks = webhooks
      .map((hook) => String(hook.summary))
      .filter((summary) => !menu.includes(summary));
    expect(missingWebhooks, "webhooks missing from the navigation").toEqual([]);

    // The search finds an operation by its summary.
    const target = operations.at(-1) ?? {};
    await page.getByText("Search Ctrl+K").first().click();
    await page.keyboard.type(String(target.summary));
    const found = page
      .locator('[data-component-name="Search/SearchItem"]')
      .filter({ hasText: String(target.summary) })
      .first();
    await found.waitFor({ state: "visible" });

    // Opening the result gives a deep link; opened in a fresh page, the link shows the operation with its samples.
    await found.click();
    await page.waitForURL(/#\/.+\/.+/);
    const deepLink = page.url();
    expect(deepLink).toContain(String(target.operationId).toLowerCase());
    await page.close();
    const deep = await openPage(browser, deepLink, `${api.id}-deep-link`);
    const heading = deep.page.locator("h2", { hasText: String(target.summary) }).first();
    await heading.waitFor({ state: "visible" });
    await deep.page.getByText("curl --fail-with-body").first().waitFor({ state: "visible" });

    expect(outsideTheSite([...requests, ...deep.requests])).toEqual([]);
    await deep.page.close();
  });
});
