/** @typedef {import("./classify-diff.js").Change} Change */
/** @typedef {"none" | "patch" | "minor" | "major"} Bump */

/**
 * @typedef {object} ClientChanges
 * @property {string} api
 * @property {string} title
 * @property {string} packageName
 * @property {string} releasedVersion the version the baseline was taken at
 * @property {Change[]} changes
 */

/**
 * @typedef {object} PendingChangeset
 * @property {string} id the file name without `.md`
 * @property {string} summary
 * @property {Array<{ name: string, type: string }>} releases
 */

/**
 * @typedef {object} ClientVerdict
 * @property {ClientChanges} client
 * @property {Bump} needed
 * @property {Bump} given the largest bump the pending changesets give the package
 * @property {string[]} changesets the ids of the changesets that bump it
 * @property {boolean} ok
 */

const ORDER = /** @type {const} */ (["none", "patch", "minor", "major"]);
/** @type {Record<Change["class"], Bump>} */
const BUMP_FOR = { breaking: "major", additive: "minor", "docs-only": "none" };

/**
 * @param {Bump} a
 * @param {Bump} b
 * @returns {Bump}
 */
function larger(a, b) {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * The bump each client's changes need, against the bump the pending changesets give it.
 * @param {ClientChanges[]} clients
 * @param {PendingChangeset[]} changesets
 * @returns {ClientVerdict[]}
 */
export function judge(clients, changesets) {
  return clients.map((client) => {
    const needed = client.changes.reduce(
      (bump, change) => larger(bump, BUMP_FOR[change.class]),
      /** @type {Bump} */ ("none"),
    );
    const bumping = changesets.filter((changeset) =>
      changeset.releases.some((release) => release.name === client.packageName && release.type !== "none"),
    );
    const given = bumping
      .flatMap((changeset) => changeset.releases.filter((release) => release.name === client.packageName))
      .reduce(
        (bump, release) => larger(bump, /** @type {Bump} */ (release.type)),
        /** @type {Bump} */ ("none"),
      );
    return {
      client,
      needed,
      given,
      changesets: bumping.map((changeset) => changeset.id),
      ok: ORDER.indexOf(given) >= ORDER.indexOf(needed),
    };
  });
}

const SHOWN = 12;

/**
 * What `pnpm check:breaking` prints: a summary line per client, then for a client whose changesets fall short, the
 * changes that need the bump and the changeset that gives it.
 * @param {ClientVerdict[]} verdicts
 * @returns {string}
 */
export function formatVerdicts(verdicts) {
  const lines = [];
  for (const verdict of verdicts) {
    const { client } = verdict;
    const counts = countByClass(client.changes);
    const given =
      verdict.changesets.length > 0
        ? `${verdict.given} (${verdict.changesets.map((id) => `.changeset/${id}.md`).join(", ")})`
        : "none";
    lines.push(
      `${verdict.ok ? "ok  " : "FAIL"} ${client.packageName} (${client.title}, compared with ${client.releasedVersion}): ${counts}; needs ${verdict.needed}, pending changesets give ${given}`,
    );
    if (verdict.ok) continue;
    const needing = client.changes.filter((change) => BUMP_FOR[change.class] === verdict.needed);
    for (const change of needing.slice(0, SHOWN))
      lines.push(`       ${describe(change)} needs a ${verdict.needed} release of ${client.packageName}`);
    if (needing.length > SHOWN)
      lines.push(`       ... and ${needing.length - SHOWN} more ${needing[0]?.class} changes`);
    lines.push(
      `     Add .changeset/${suggestedId(client, verdict.needed)}.md (or raise an existing one) with this content:`,
      "",
      ...suggestedChangeset(client, verdict.needed)
        .split("\n")
        .map((line) => (line === "" ? "" : `     ${line}`)),
    );
  }
  return lines.join("\n");
}

/** @param {Change[]} changes */
export function countByClass(changes) {
  const count = (/** @type {Change["class"]} */ name) =>
    changes.filter((change) => change.class === name).length;
  return `${count("breaking")} breaking, ${count("additive")} additive, ${count("docs-only")} docs-only`;
}

/** @param {Change} change */
export function describe(change) {
  const direction = change.direction ? ` (the client ${change.direction})` : "";
  return `[${change.class}] ${change.operation}: ${change.message}${direction}`;
}

/**
 * @param {ClientChanges} client
 * @param {Bump} bump
 */
function suggestedId(client, bump) {
  return `${client.api}-${bump === "major" ? "breaking" : "additions"}-since-${client.releasedVersion.replaceAll(".", "-")}`;
}

/**
 * A changeset for the client's bump, listing the changes that need it, for the author to reword.
 * @param {ClientChanges} client
 * @param {Bump} bump
 * @returns {string}
 */
export function suggestedChangeset(client, bump) {
  const needing = client.changes.filter((change) => BUMP_FOR[change.class] === bump);
  const heading = bump === "major" ? "Breaking changes" : "Additions";
  return [
    "---",
    `"${client.packageName}": ${bump}`,
    "---",
    "",
    `${heading} to the ${client.title} since ${client.releasedVersion}:`,
    "",
    ...needing.map((change) => `- ${change.operation}: ${change.message}`),
    "",
  ].join("\n");
}
