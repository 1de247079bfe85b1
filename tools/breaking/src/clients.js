import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root. */
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** Where the released baselines live, one folder per API, advanced by `pnpm run version-packages`. */
export const BASELINES_DIR = fileURLToPath(new URL("../baselines", import.meta.url));
/** The classified changes of the last `classify` run, read by the check and by the docs' changelog. */
export const CHANGES_FILE = fileURLToPath(new URL("../dist/changes.json", import.meta.url));

/**
 * @typedef {object} ReleasedClient
 * @property {string} api the folder under specs/ and packages/ ("gordo")
 * @property {string} title the API's name, for readers
 * @property {string} packageName the published client built from that description
 */

/** @type {readonly ReleasedClient[]} */
export const RELEASED_CLIENTS = [
  { api: "gordo", title: "Gordo Trader API", packageName: "@tradespec/gordo" },
  { api: "gunbot", title: "Gunbot REST API", packageName: "@tradespec/gunbot" },
];

/**
 * The files a comparison reads, current and released.
 * @param {ReleasedClient} client
 * @param {string} [root] the monorepo root
 */
export function filesOf(client, root = REPO_ROOT) {
  const baseline = path.join(root, path.relative(REPO_ROOT, BASELINES_DIR), client.api);
  return {
    bundle: path.join(root, "specs", client.api, "dist", "openapi.json"),
    packageDir: path.join(root, "packages", client.api),
    declarations: path.join(root, "packages", client.api, "dist", "index.d.ts"),
    changelog: path.join(root, "packages", client.api, "CHANGELOG.md"),
    releasedBundle: path.join(baseline, "openapi.json"),
    releasedDeclarations: path.join(baseline, "index.d.ts"),
    release: path.join(baseline, "release.json"),
  };
}
