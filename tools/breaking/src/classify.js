import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { CHANGES_FILE, filesOf, RELEASED_CLIENTS, REPO_ROOT } from "./clients.js";
import { describeChanges } from "./description-changes.js";
import { describeTypeChanges } from "./type-changes.js";

/** @typedef {import("./verdict.js").ClientChanges} ClientChanges */

/**
 * Compares each client's current bundle and declarations with its released baseline.
 * @param {{ root?: string, clients?: readonly import("./clients.js").ReleasedClient[] }} [options]
 * @returns {Promise<ClientChanges[]>}
 */
export async function classifyClients({ root = REPO_ROOT, clients = RELEASED_CLIENTS } = {}) {
  /** @type {ClientChanges[]} */
  const results = [];
  for (const client of clients) {
    const files = filesOf(client, root);
    const release = JSON.parse(await readBuilt(files.release, "`pnpm run version-packages` writes it"));
    const bundle = await readBuilt(
      files.bundle,
      `run \`pnpm turbo run bundle --filter=@tradespec/spec-${client.api}\``,
    );
    const current = await readBuilt(
      files.declarations,
      `run \`pnpm turbo run build --filter=${client.packageName}\``,
    );
    const released = await readFile(files.releasedDeclarations, "utf8");
    // Identical files have no changes: the differs only run for what moved.
    const releasedBundle = await readFile(files.releasedBundle, "utf8");
    const descriptionChanges =
      bundle === releasedBundle ? [] : await describeChanges(files.releasedBundle, files.bundle);
    const typeChanges =
      current === released
        ? []
        : describeTypeChanges({ released, current: files.declarations, packageDir: files.packageDir });
    results.push({
      ...client,
      releasedVersion: String(release.version),
      changes: [...descriptionChanges, ...typeChanges],
    });
  }
  return results;
}

/**
 * @param {ClientChanges[]} results
 * @param {string} [file]
 */
export async function writeChanges(results, file = CHANGES_FILE) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * @param {string} [file]
 * @returns {Promise<ClientChanges[]>}
 */
export async function readChanges(file = CHANGES_FILE) {
  return JSON.parse(await readBuilt(file, "run `pnpm check:breaking` (turbo runs `classify` first)"));
}

/**
 * @param {string} file
 * @param {string} remedy
 */
async function readBuilt(file, remedy) {
  return readFile(file, "utf8").catch(() => {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: ${remedy}.`);
  });
}
