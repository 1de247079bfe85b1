import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The attribution logo Redoc loads from its CDN, replaced by a local wordmark so the page makes no outside request. */
const CDN_LOGOS = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
];
const LOCAL_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#8a8a8a">Redocly</text></svg>',
)}`;

/**
 * @typedef {object} RedocBundle
 * @property {string} version the Redoc version, as in the CDN URL build-docs writes
 * @property {string} contents the script, attribution logo made local
 * @property {string} fileName a content-hashed name, so it can be cached for good
 * @property {string} integrity the Subresource Integrity value of `contents`
 */

/**
 * The Redoc bundle `redocly build-docs` prerenders with. Its pages must be hydrated by exactly this
 * version (Redoc 3 in @redocly/cli 2.x), not by the Redoc 2 of the `redoc` npm package.
 * @returns {Promise<RedocBundle>}
 */
export async function loadRedocBundle() {
  const cliDir = path.dirname(require.resolve("@redocly/cli/package.json"));
  const file = path.join(cliDir, "lib/chunks/redoc.standalone.js");
  const original = await readFile(file, "utf8").catch(() => {
    throw new Error(
      `Redoc's bundle is not at ${file}: @redocly/cli changed its layout; update loadRedocBundle().`,
    );
  });
  const version = /Version: (\d+\.\d+\.\d+)/.exec(original.slice(0, 500))?.[1];
  if (version === undefined) throw new Error(`No "Version:" banner at the top of ${file}.`);
  const contents = CDN_LOGOS.reduce((text, url) => text.replaceAll(url, LOCAL_LOGO), original);
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  return {
    version,
    contents,
    fileName: `redoc-${version}.${hash}.js`,
    integrity: `sha384-${createHash("sha384").update(contents).digest("base64")}`,
  };
}
