import { readFileSync } from "node:fs";
import { bundleJsonPath } from "./repo-paths.js";

/**
 * The operation a reader sees first in the reference: the first operation of the first tag that has one.
 * @param {"gordo" | "gunbot"} api
 * @returns {{ summary: string, tag: string, tagSlug: string }}
 */
export function firstOperation(api) {
  const description = JSON.parse(readFileSync(bundleJsonPath(api), "utf8"));
  const operations = Object.values(description.paths ?? {}).flatMap((pathItem) =>
    Object.values(/** @type {Record<string, any>} */ (pathItem)).filter((operation) => operation?.summary),
  );
  for (const { name } of description.tags ?? []) {
    const operation = operations.find((candidate) => candidate.tags?.[0] === name);
    if (operation) return { summary: operation.summary, tag: name, tagSlug: slug(name) };
  }
  throw new Error(`No tagged operation with a summary in the ${api} bundle.`);
}

/** Redoc 3's route for a tag: "Orders & Fills" -> "orders-and-fills". */
function slug(/** @type {string} */ name) {
  return name
    .toLowerCase()
    .replaceAll("&", "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
