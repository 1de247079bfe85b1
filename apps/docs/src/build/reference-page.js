import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT, SOURCE_SITE_DIR } from "../paths.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * Redoc options for both pages: the operations' extensions and a designed field's known values shown (x-evidence
 * shows as a badge instead, see evidence-badges.js), the download served locally.
 */
const REDOC_OPTIONS = {
  showExtensions: ["x-required-scope", "x-read-only", "x-known-values"],
  downloadUrls: [{ title: "OpenAPI description (JSON)", url: "openapi.json" }],
  jsonSamplesExpandLevel: 2,
  sortRequiredPropsFirst: true,
};

/**
 * Renders one API's reference page with `redocly build-docs` and our template, then points its script
 * at the local Redoc bundle instead of the CDN.
 * @param {object} page
 * @param {string} page.description the description file to render (with its code samples)
 * @param {string} page.output the HTML file to write
 * @param {string} page.title
 * @param {import("./redoc-bundle.js").RedocBundle} page.redoc
 * @param {string} page.workDir a scratch folder for the options file
 */
export async function buildReferencePage({ description, output, title, redoc, workDir }) {
  const optionsFile = path.join(workDir, "redoc-options.json");
  await writeFile(optionsFile, JSON.stringify(REDOC_OPTIONS));
  const cli = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
  await run(
    process.execPath,
    [
      cli,
      "build-docs",
      description,
      "--config",
      path.join(REPO_ROOT, "redocly.yaml"),
      "--template",
      path.join(SOURCE_SITE_DIR, "reference.hbs"),
      "--title",
      title,
      "--openapi",
      optionsFile,
      "--output",
      output,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((/** @type {Error & { stderr?: string, stdout?: string }} */ error) => {
    throw new Error(
      `redocly build-docs failed for ${description}:\n${error.stderr || error.stdout || error.message}`,
    );
  });
  const html = await readFile(output, "utf8");
  await writeFile(output, localizeRedoc(html, redoc, output));
}

/**
 * @param {string} html a page written by build-docs
 * @param {import("./redoc-bundle.js").RedocBundle} redoc
 * @param {string} where the page, for error messages
 */
export function localizeRedoc(html, redoc, where) {
  const cdnUrl = `https://cdn.redocly.com/redoc/v${redoc.version}/bundles/redoc.standalone.js`;
  if (!html.includes(cdnUrl)) {
    throw new Error(
      `${where} does not load Redoc from ${cdnUrl}: build-docs and the bundled Redoc disagree on the version.`,
    );
  }
  const localized = html
    .replaceAll(cdnUrl, `../assets/${redoc.fileName}`)
    .replace(/integrity="sha384-[^"]+"/, `integrity="${redoc.integrity}"`);
  const external = externalResources(localized);
  if (external.length > 0) throw new Error(`${where} still loads from the network: ${external.join(", ")}`);
  return localized;
}

/**
 * URLs the page would fetch by itself from another origin: scripts, styles, images, fonts, module imports.
 * Plain links a reader may click are not fetched and are allowed.
 * @param {string} html
 * @returns {string[]}
 */
export function externalResources(html) {
  const patterns = [
    /<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /<link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /\bimport\s*(?:[^"'()]*\bfrom\s*)?["']((?:https?:)?\/\/[^"']+)["']/g,
    /url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi,
    /@import\s+["']((?:https?:)?\/\/[^"']+)["']/gi,
  ];
  return [
    ...new Set(patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => String(match[1])))),
  ];
}
