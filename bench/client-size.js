// Minified + gzipped bytes of each typed client's own code (client-kit included) on top of openapi-fetch.
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { kib, table, target } from "./lib/markdown.js";
import { BENCH_DIR } from "./lib/repo-paths.js";
import { runIfMain } from "./lib/run-benchmark.js";

const LIMIT_BYTES = 4 * 1024;
const require = createRequire(import.meta.url);

/**
 * @param {string} source the entry module's code
 * @param {string} resolveDir where its imports resolve from
 * @param {readonly string[]} external
 */
async function minifiedGzipBytes(source, resolveDir, external) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: [...external],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const [output] = Object.values(result.metafile.outputs);
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const owner = packageOf(file);
    if (bytesInOutput > 0) byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
  }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}

/** @param {string} file an input path as esbuild's metafile names it */
function packageOf(file) {
  const inNodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inNodeModules) return inNodeModules[1];
  const inWorkspace = /packages\/([^/]+)\//.exec(file);
  return inWorkspace ? `@tradespec/${inWorkspace[1]}` : file;
}

export async function measureClientSize() {
  // openapi-fetch is resolved from a client package: the bench does not depend on it directly.
  const clientDir = path.dirname(require.resolve("@tradespec/gordo/package.json"));
  const fetchOnly = await minifiedGzipBytes('export { default } from "openapi-fetch";', clientDir, []);
  const clients = [
    { name: "@tradespec/gordo", entry: "createGordoClient" },
    { name: "@tradespec/gunbot", entry: "createGunbotClient" },
  ];
  const rows = [];
  let allMet = true;
  for (const client of clients) {
    const source = `export { ${client.entry} } from "${client.name}";`;
    const own = await minifiedGzipBytes(source, BENCH_DIR, ["openapi-fetch"]);
    const whole = await minifiedGzipBytes(source, BENCH_DIR, []);
    const met = own.gzipped < LIMIT_BYTES;
    allMet &&= met;
    rows.push([
      `\`${client.entry}\` (${client.name} + client-kit)`,
      kib(own.minified),
      `**${kib(own.gzipped)}**`,
      kib(whole.gzipped),
      [...own.byPackage].map(([name, bytes]) => `${name} ${kib(bytes)}`).join(", "),
      met ? "met" : "not met",
    ]);
  }
  rows.push([
    "openapi-fetch alone (comparison)",
    kib(fetchOnly.minified),
    kib(fetchOnly.gzipped),
    "-",
    "-",
    "-",
  ]);
  return [
    "## 2. Client size",
    "",
    "esbuild bundle of one export, minified (ES2022, browser), then gzip -9. Own code marks openapi-fetch external;",
    "the total bundles it in.",
    "",
    table(
      [
        "bundle",
        "minified",
        "min+gzip (own code)",
        "min+gzip with openapi-fetch",
        "minified by package",
        "< 4 KiB",
      ],
      rows,
    ),
    "",
    target("each client's own code under 4 KiB min+gzip", allMet),
  ].join("\n");
}

await runIfMain(import.meta.url, measureClientSize);
