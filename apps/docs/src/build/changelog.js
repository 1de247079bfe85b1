import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../paths.js";

/** The published packages whose changes readers follow. */
const PACKAGES = ["client-kit", "gordo", "gunbot"];
/** Each client's description changes since its last release, classified by `@tradespec/breaking`'s classify task. */
const PENDING_API_CHANGES = "tools/breaking/dist/changes.json";

/**
 * @typedef {object} ChangelogSection
 * @property {string} title "@tradespec/gordo 0.2.0", or "Unreleased"
 * @property {Array<{ heading: string, items: string[] }>} groups
 */

/**
 * The changelog shown on the landing page: pending changesets and the classified API changes they will release
 * first, then each package's CHANGELOG.md (where the release step adds each release's classified API changes).
 * @param {string} [root] the monorepo root
 * @returns {Promise<ChangelogSection[]>}
 */
export async function readChangelog(root = REPO_ROOT) {
  const pending = [
    ...(await readPendingChangesets(path.join(root, ".changeset"))),
    ...(await readPendingApiChanges(path.join(root, PENDING_API_CHANGES))),
  ];
  const released = await Promise.all(
    PACKAGES.map((name) => readPackageChangelog(path.join(root, "packages", name, "CHANGELOG.md"))),
  );
  return [...(pending.length > 0 ? [{ title: "Unreleased", groups: pending }] : []), ...released.flat()];
}

/**
 * @param {string} file
 * @returns {Promise<ChangelogSection["groups"]>}
 */
async function readPendingApiChanges(file) {
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`${file} is missing: run \`pnpm turbo run classify\` (the docs task depends on it).`);
  });
  /** @type {Array<{ title: string, packageName: string, changelog: ChangelogSection["groups"] }>} */
  const clients = JSON.parse(text);
  return clients.flatMap((client) =>
    client.changelog.map((group) => ({
      heading: `${client.title} (${client.packageName}): ${group.heading}`,
      items: group.items,
    })),
  );
}

/**
 * @param {string} folder
 * @returns {Promise<ChangelogSection["groups"]>}
 */
async function readPendingChangesets(folder) {
  const names = (await readdir(folder).catch(() => [])).filter(
    (name) => name.endsWith(".md") && name !== "README.md",
  );
  /** @type {Map<string, string[]>} */
  const byPackage = new Map();
  for (const name of names.sort()) {
    const text = await readFile(path.join(folder, name), "utf8");
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`.changeset/${name} has no front matter; write it with \`pnpm changeset\`.`);
    const bumps = parseYaml(String(match[1])) ?? {};
    const summary = String(match[2]).trim();
    for (const [pkg, bump] of Object.entries(bumps)) {
      byPackage.set(`${pkg} (${bump})`, [...(byPackage.get(`${pkg} (${bump})`) ?? []), summary]);
    }
  }
  return [...byPackage].map(([heading, items]) => ({ heading, items }));
}

/**
 * Reads the `## version` / `### Kind Changes` / `- entry` shape that `changeset version` writes.
 * @param {string} file
 * @returns {Promise<ChangelogSection[]>}
 */
async function readPackageChangelog(file) {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return [];
  const packageName = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? path.basename(path.dirname(file));
  /** @type {ChangelogSection[]} */
  const sections = [];
  for (const line of text.split(/\r?\n/)) {
    const version = /^##\s+(.+)$/.exec(line);
    const heading = /^###\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    const continuation = /^\s{2,}(\S.*)$/.exec(line);
    const section = sections.at(-1);
    const group = section?.groups.at(-1);
    if (version) sections.push({ title: `${packageName} ${version[1]}`, groups: [] });
    else if (heading && section) section.groups.push({ heading: String(heading[1]), items: [] });
    else if (item && section) {
      if (group) group.items.push(String(item[1]));
      else section.groups.push({ heading: "Changes", items: [String(item[1])] });
    } else if (continuation && group && group.items.length > 0) {
      group.items[group.items.length - 1] += ` ${continuation[1]}`;
    }
  }
  return sections;
}

/**
 * @param {ChangelogSection[]} sections
 * @returns {string} HTML for the landing page
 */
export function renderChangelog(sections) {
  if (sections.length === 0)
    return "<p>No changes recorded yet: the packages are at their first version.</p>";
  return sections
    .map(
      (section) =>
        `<article class="release"><h3>${inline(section.title)}</h3>${section.groups
          .map(
            (group) =>
              `<h4>${inline(group.heading)}</h4><ul>${group.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`,
          )
          .join("")}</article>`,
    )
    .join("\n");
}

/**
 * Escapes HTML, then renders `code` and **bold**, the only inline Markdown changesets use here.
 * @param {string} text
 */
export function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
