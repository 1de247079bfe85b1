import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { API_SITES } from "../apis.js";
import { withCodeSamples } from "../code-samples/index.js";
import { PACKAGE_DIR, SITE_DIR, SOURCE_SITE_DIR } from "../paths.js";
import { readChangelog, renderChangelog } from "./changelog.js";
import { precompress } from "./compress.js";
import { withEvidenceBadges } from "./evidence-badges.js";
import { loadRedocBundle } from "./redoc-bundle.js";
import { buildReferencePage } from "./reference-page.js";
import { readWorkflows, renderWorkflowList, writeWorkflowsPage } from "./workflows.js";

const CHANGELOG_MARKER = "<!-- changelog -->";
const WORKFLOWS_MARKER = "<!-- workflows -->";
/** The static pages' policy: no scripts at all. Written once, in site/index.html; the workflows pages reuse it. */
const STATIC_POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/**
 * Builds the whole site into `outDir`: the landing page, one reference page per API, one shared Redoc bundle.
 * @param {{ outDir?: string, apis?: readonly import("../apis.js").ApiSite[] }} [options]
 * @returns {Promise<{ outDir: string, pages: string[] }>}
 */
export async function buildSite({ outDir = SITE_DIR, apis = API_SITES } = {}) {
  const workDir = path.join(PACKAGE_DIR, ".build");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "assets"), { recursive: true });
  await mkdir(workDir, { recursive: true });

  const redoc = await loadRedocBundle();
  await writeFile(path.join(outDir, "assets", redoc.fileName), redoc.contents);
  await copyFile(path.join(SOURCE_SITE_DIR, "site.css"), path.join(outDir, "site.css"));

  const sites = await Promise.all(
    apis.map(async (api) => ({
      api,
      document: await readBundle(api),
      workflows: api.workflows ?? (await readWorkflows(api.id)),
    })),
  );
  const template = await readFile(path.join(SOURCE_SITE_DIR, "index.html"), "utf8");
  const policy = STATIC_POLICY.exec(template)?.[0];
  if (policy === undefined) throw new Error("site/index.html lost its Content-Security-Policy meta.");
  const pages = [await writeLandingPage(outDir, template, sites)];
  for (const { api, document, workflows } of sites) {
    const apiDir = path.join(outDir, api.id);
    await mkdir(apiDir, { recursive: true });
    const withSamples = withCodeSamples(document, api);
    await writeFile(path.join(apiDir, "openapi.json"), `${JSON.stringify(withSamples, null, 2)}\n`);
    // The page shows each claim's grade as a badge; the description a reader downloads keeps x-evidence only.
    const shown = path.join(workDir, `${api.id}.json`);
    await writeFile(shown, JSON.stringify(withEvidenceBadges(withSamples)));
    const output = path.join(apiDir, "index.html");
    const title = String(document.info?.title ?? api.id);
    await buildReferencePage({
      description: shown,
      output,
      title,
      redoc,
      workDir,
    });
    pages.push(output);
    pages.push(await writeWorkflowsPage({ outDir, apiId: api.id, title, document, workflows, policy }));
  }
  await precompress(outDir);
  return { outDir, pages };
}

/**
 * @param {import("../apis.js").ApiSite} api
 * @returns {Promise<Record<string, any>>}
 */
async function readBundle(api) {
  const text = await readFile(api.bundle, "utf8").catch(() => {
    throw new Error(
      `The ${api.id} description is not bundled yet (${api.bundle} is missing): run \`${api.bundleCommand}\`.`,
    );
  });
  const document = JSON.parse(text);
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.1")) {
    throw new Error(
      `${api.bundle} is not an OpenAPI 3.1 description (openapi: ${JSON.stringify(document.openapi)}).`,
    );
  }
  return document;
}

/**
 * @param {string} outDir
 * @param {string} template site/index.html
 * @param {Array<{ api: import("../apis.js").ApiSite, document: Record<string, any>, workflows: import("./workflows.js").Workflow[] }>} sites
 */
async function writeLandingPage(outDir, template, sites) {
  for (const marker of [CHANGELOG_MARKER, WORKFLOWS_MARKER]) {
    if (!template.includes(marker)) throw new Error(`site/index.html lost its ${marker} marker.`);
  }
  const workflows = renderWorkflowList(
    sites.map(({ api, document, workflows }) => ({
      apiId: api.id,
      title: String(document.info?.title ?? api.id),
      workflows,
    })),
  );
  const output = path.join(outDir, "index.html");
  await writeFile(
    output,
    template
      .replace(CHANGELOG_MARKER, renderChangelog(await readChangelog()))
      .replace(WORKFLOWS_MARKER, workflows),
  );
  return output;
}
