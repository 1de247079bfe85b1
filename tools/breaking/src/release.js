import { copyFile, readFile, writeFile } from "node:fs/promises";
import { addToChangelog, changelogGroups } from "./changelog.js";
import { filesOf, RELEASED_CLIENTS, REPO_ROOT } from "./clients.js";

/**
 * After `changeset version`: for each client it gave a new version, adds the classified changes to its
 * CHANGELOG.md and makes the current bundle and declarations its new released baseline.
 * @param {import("./verdict.js").ClientChanges[]} classified the changes since the last baseline, taken before
 * @param {{ root?: string }} [options]
 * @returns {Promise<string[]>} what was released, "@tradespec/gordo 1.0.0"
 */
export async function advanceBaselines(classified, { root = REPO_ROOT } = {}) {
  const released = [];
  for (const client of RELEASED_CLIENTS) {
    const files = filesOf(client, root);
    const { version } = JSON.parse(await readFile(`${files.packageDir}/package.json`, "utf8"));
    const baseline = JSON.parse(await readFile(files.release, "utf8"));
    if (version === baseline.version) continue;
    const changes = classified.find((entry) => entry.packageName === client.packageName)?.changes ?? [];
    const groups = changelogGroups(changes);
    if (groups.length > 0) {
      const changelog = await readFile(files.changelog, "utf8");
      await writeFile(files.changelog, addToChangelog(changelog, version, groups));
    }
    await copyFile(files.bundle, files.releasedBundle);
    await copyFile(files.declarations, files.releasedDeclarations);
    await writeFile(files.release, `${JSON.stringify({ package: client.packageName, version }, null, 2)}\n`);
    released.push(`${client.packageName} ${version}`);
  }
  return released;
}
