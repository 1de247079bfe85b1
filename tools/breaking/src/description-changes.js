import { denormalize, parseOpenAPIWithSourcemap } from "@useoptic/openapi-io";
import { compareSpecs } from "@useoptic/openapi-utilities";
import { RuleRunner } from "@useoptic/rulesets-base";
import { BreakingChangesRuleset } from "@useoptic/standard-rulesets";
import { classifyDiff, parsePointer, valueAt } from "./classify-diff.js";

/** @typedef {import("./classify-diff.js").Change} Change */

/**
 * Every change between two bundled OpenAPI 3.1 descriptions, classified. Optic's differ lists what moved; each
 * difference is classified by the direction its value travels (classify-diff.js); and optic's breaking-changes
 * ruleset has the last word: a rule it fails that no breaking change here explains is reported as its own change.
 * Runs in-process, so optic's command line (and its telemetry) is never started.
 * @param {string} beforeFile the released bundle
 * @param {string} afterFile the current bundle
 * @returns {Promise<Change[]>}
 */
export async function describeChanges(beforeFile, afterFile) {
  const [before, after] = await Promise.all([load(beforeFile), load(afterFile)]);
  const runner = new RuleRunner([new BreakingChangesRuleset()]);
  const { diffs, results } = await compareSpecs(before, after, runner, {});
  const docs = { before: before.jsonLike, after: after.jsonLike };
  /** @type {Change[]} */
  const changes = [];
  const removed = new Set(diffs.flatMap((diff) => (diff.after === undefined ? [diff.before] : [])));
  for (const diff of diffs) {
    if (leavesRequiredList(diff, removed, docs.before)) continue;
    changes.push(...classifyDiff(diff, docs));
  }
  const failed = results.filter((result) => !result.passed && !result.exempted);
  for (const result of failed) {
    if (
      changes.some(
        (change) => change.class === "breaking" && explains(change.pointer, result.location.jsonPath),
      )
    )
      continue;
    changes.push({
      class: "breaking",
      operation: operationOf(result.location.jsonPath),
      message: `${result.where}: ${result.error ?? result.name}`,
      pointer: result.location.jsonPath,
      source: "optic",
    });
  }
  return withoutRepeats(changes).sort(
    (a, b) => a.operation.localeCompare(b.operation) || a.pointer.localeCompare(b.pointer),
  );
}

/**
 * @param {string} file
 * @returns {Promise<{ jsonLike: any, sourcemap: any, isEmptySpec: boolean }>}
 */
async function load(file) {
  /** @type {any} */
  const parsed = await parseOpenAPIWithSourcemap(file);
  const version = parsed.jsonLike.openapi;
  if (typeof version !== "string" || !version.startsWith("3.1"))
    throw new Error(`${file} is not an OpenAPI 3.1 description (openapi: ${JSON.stringify(version)}).`);
  return { ...denormalize(parsed, parsed.version, []), isEmptySpec: false };
}

/**
 * A change explains a failed rule when one is inside the other, or when the change is the `required` list of the
 * schema whose property the rule is about.
 * @param {string} changePointer
 * @param {string} rulePointer
 */
function explains(changePointer, rulePointer) {
  if (changePointer.startsWith(rulePointer) || rulePointer.startsWith(changePointer)) return true;
  const property = /^(.*)\/properties\/[^/]+$/.exec(rulePointer);
  return property !== null && changePointer.startsWith(`${property[1]}/required`);
}

/** @param {string} pointer */
function operationOf(pointer) {
  const [root, path, method] = parsePointer(pointer);
  if (root === "paths" && path && method) return `${method.toUpperCase()} ${path}`;
  if (root === "webhooks" && path) return `webhook ${path}`;
  return root ?? "document";
}

/**
 * A required property removed also leaves its schema's `required` list: the removal says it all.
 * @param {import("@useoptic/openapi-utilities").ObjectDiff} diff
 * @param {Set<string>} removed the pointers the differ reports removed
 * @param {any} before
 */
function leavesRequiredList(diff, removed, before) {
  if (diff.after !== undefined) return false;
  const entry = /^(.*)\/required\/\d+$/.exec(diff.before);
  if (!entry) return false;
  const name = String(valueAt(before, parsePointer(diff.before)));
  return removed.has(`${entry[1]}/properties/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`);
}

/**
 * The same change reported at several places of one operation (a shared schema used twice) is listed once.
 * @param {Change[]} changes
 */
function withoutRepeats(changes) {
  const seen = new Set();
  return changes.filter((change) => {
    const key = `${change.class}\n${change.operation}\n${change.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
