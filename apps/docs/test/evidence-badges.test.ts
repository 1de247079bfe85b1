// The grade of each claim, as a reader sees it: badges computed from x-evidence (inheritance resolved), then a
// reference page built from a small graded description and opened in Chromium.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SITES } from "../src/apis.js";
import { buildSite } from "../src/build/build-site.js";
import { badge, withEvidenceBadges } from "../src/build/evidence-badges.js";
import { launchChromium } from "../src/chromium.js";
import { PACKAGE_DIR } from "../src/paths.js";
import { type RunningSite, serveSite } from "../src/server.js";
import { openPage } from "./support/open-page.js";

const FIXTURE = path.join(PACKAGE_DIR, "test/fixtures/graded-widgets.json");
const readFixture = async () => JSON.parse(await readFile(FIXTURE, "utf8"));

describe("withEvidenceBadges", () => {
  it("marks vendor and designed claims, inherited grades included, and leaves documented ones alone", async () => {
    const marked = withEvidenceBadges(await readFixture());
    const widget = marked.components.schemas.Widget;
    expect(widget.properties.name.description).toBe("What the widget is called.");
    expect(widget.properties.colour.description).toBe(`${badge("designed")} Paint colour.`);
    expect(widget.properties.parts.description).toBe(badge("designed"));
    expect(widget.properties.parts.properties.count.description).toBe(`${badge("designed")} How many parts.`);
    expect(marked.components.schemas.Finish.description).toBe(`${badge("vendor")} Surface finish.`);
    expect(widget.properties.finish).toEqual({ $ref: "#/components/schemas/Finish" });
    expect(marked.paths["/widgets"].post.parameters[0].description).toBe(`${badge("vendor")} Validate only.`);
  });

  it("does not change the description it is given", async () => {
    const document = await readFixture();
    withEvidenceBadges(document);
    expect(document).toEqual(await readFixture());
  });
});

describe("a reference page of a graded description, in Chromium", () => {
  let outDir: string;
  let site: RunningSite;
  let browser: Browser;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "tradespec-evidence-"));
    const [template] = API_SITES;
    if (!template) throw new Error("no API site to borrow a client from");
    // The fixture has none of the operations the Gordo workflows call.
    await buildSite({ outDir, apis: [{ ...template, id: "gordo", bundle: FIXTURE, workflows: [] }] });
    site = await serveSite({ port: 0, root: outDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("shows a coloured badge on each vendor and designed field and parameter, none on documented ones, and known values", async () => {
    const { page } = await openPage(browser, `${site.url}gordo/`, "evidence-badges");
    // Redoc shows each parameter and property as a `.schema-property-item` with its `.schema-name`.
    const row = (name: string) =>
      page
        .locator(".schema-property-item")
        .filter({ has: page.locator(".schema-name", { hasText: new RegExp(`^${name}$`) }) })
        .first();
    await row("colour").waitFor({ state: "visible" });

    const gradesIn = (name: string) =>
      row(name)
        .locator('[data-component-name="Markdown/Markdown"]')
        .first()
        .locator(".evidence")
        .evaluateAll((badges) => badges.map((element) => element.textContent));
    expect(await gradesIn("name")).toEqual([]);
    expect(await gradesIn("colour")).toEqual(["designed"]);
    expect(await gradesIn("parts")).toEqual(["designed"]);
    expect(await gradesIn("finish")).toEqual(["vendor"]);
    expect(await gradesIn("dry_run")).toEqual(["vendor"]);
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; its innerText is the text as shown
    await expect(row("finish").innerText()).resolves.toMatch(/known-values:\s*\["matte", ?"gloss"\]/);

    const designed = row("colour").locator(".evidence-designed");
    const background = await designed.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await expect(designed.getAttribute("title")).resolves.toContain("the real service may differ");
    await page.close();
  });
});
