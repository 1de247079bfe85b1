/** @typedef {import("./classify-diff.js").Change} Change */

/** @type {ReadonlyArray<[Change["class"], string]>} */
const HEADINGS = [
  ["breaking", "Breaking API changes"],
  ["additive", "Additive API changes"],
  ["docs-only", "Documentation-only API changes"],
];

/**
 * A client's classified changes as changelog groups: breaking and additive ones listed, docs-only ones counted
 * (a reworded description is not worth a line each).
 * @param {Change[]} changes
 * @returns {Array<{ heading: string, items: string[] }>}
 */
export function changelogGroups(changes) {
  return HEADINGS.flatMap(([changeClass, heading]) => {
    const matching = changes.filter((change) => change.class === changeClass);
    if (matching.length === 0) return [];
    if (changeClass === "docs-only") {
      const operations = new Set(matching.map((change) => change.operation)).size;
      const count = `${matching.length} ${matching.length === 1 ? "edit" : "edits"}`;
      return [
        {
          heading,
          items: [
            `${count} to descriptions, summaries and examples, in ${operations} ${operations === 1 ? "place" : "places"}`,
          ],
        },
      ];
    }
    return [{ heading, items: matching.map(changelogItem) }];
  });
}

/** @param {Change} change */
function changelogItem(change) {
  const direction = change.direction
    ? ` (what the client ${change.direction === "sends" ? "sends" : "receives"})`
    : "";
  return `\`${change.operation}\`: ${change.message}${direction}`;
}

/**
 * Inserts the groups under the `## version` heading `changeset version` just wrote.
 * @param {string} markdown a CHANGELOG.md
 * @param {string} version
 * @param {Array<{ heading: string, items: string[] }>} groups
 */
export function addToChangelog(markdown, version, groups) {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1)
    throw new Error(`The changelog has no "## ${version}" section to add the API changes to.`);
  const next = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  const end = next === -1 ? lines.length : next;
  const section = lines.slice(start, end);
  while (section.at(-1)?.trim() === "") section.pop();
  const added = groups.flatMap((group) => [
    "",
    `### ${group.heading}`,
    "",
    ...group.items.map((item) => `- ${item}`),
  ]);
  return [...lines.slice(0, start), ...section, ...added, "", ...lines.slice(end)].join("\n");
}
