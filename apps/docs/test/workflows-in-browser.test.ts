// The workflows pages in Debian's Chromium: every step links to its operation, and each link lands on it in Redoc.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SITES } from "../src/apis.js";
import { readWorkflows } from "../src/build/workflows.js";
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

describe("the landing page", () => {
  it("lists every workflow of both APIs, linking to its section", async () => {
    const { page } = await openPage(browser, site.url, "landing-workflows");
    for (const api of API_SITES) {
      for (const workflow of await readWorkflows(api.id)) {
        const link = page.locator(`#workflows a[href="${api.id}/workflows.html#${workflow.workflowId}"]`);
        await expect(link.textContent()).resolves.toBe(workflow.title);
      }
    }
    await page.close();
  });
});

describe.each(API_SITES)("the $id workflows page", (api) => {
  it("shows each workflow's steps, and each step's link opens its operation in the reference", async () => {
    const document = JSON.parse(await readFile(path.join(SITE_DIR, api.id, "openapi.json"), "utf8"));
    const operations = listOperations(document);
    const summaries = new Map(
      operations.map(({ operation }) => [String(operation.operationId), String(operation.summary)]),
    );
    const writes = new Set(
      operations.flatMap(({ operation }) =>
        operation["x-read-only"] === false ? [String(operation.operationId)] : [],
      ),
    );
    const workflows = await readWorkflows(api.id);
    const { page } = await openPage(browser, `${site.url}${api.id}/workflows.html`, `${api.id}-workflows`);

    const operationIds: string[] = [];
    for (const workflow of workflows) {
      const steps = page.locator(`section#${workflow.workflowId} ol.steps > li`);
      await expect(steps.count()).resolves.toBe(workflow.steps.length);
      const changesState = workflow.steps.some((step) => writes.has(String(step.operationId)));
      await expect(
        page.locator(`section#${workflow.workflowId} p.writes`).textContent(),
        `${workflow.workflowId} says whether it runs against a real account only with writes allowed`,
      ).resolves.toMatch(changesState ? /TRADESPEC_CONTRACT_WRITES=1/ : /^Read-only/);
      await expect(
        page.locator(`section#${workflow.workflowId} p.not-on-sandbox`).count(),
        `${workflow.workflowId} says whether the sandbox mock cannot run it`,
      ).resolves.toBe(workflow.notOnSandbox === undefined ? 0 : 1);
      for (const step of workflow.steps) {
        if (step.operationId === undefined) continue;
        const href = await page
          .locator(`section#${workflow.workflowId} #step-${step.stepId} a`)
          .getAttribute("href");
        expect(href).toBe(`./#operation/${step.operationId}`);
        operationIds.push(step.operationId);
      }
    }

    // Follow the first link by clicking it, the others by their anchors within the loaded reference page.
    const [first, ...rest] = [...new Set(operationIds)];
    expect(first).toBeDefined();
    await page.locator(`a[href="./#operation/${first}"]`).first().click();
    for (const operationId of [String(first), ...rest]) {
      if (operationId !== first)
        await page.evaluate((hash) => (location.hash = hash), `#operation/${operationId}`);
      await page.waitForURL(new RegExp(`#/[^/]+/${operationId.toLowerCase()}$`));
      const heading = page.locator("h2", { hasText: summaries.get(operationId) ?? operationId }).first();
      await heading.waitFor({ state: "visible" });
    }
    await page.close();
  });
});
