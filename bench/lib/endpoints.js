import { readFileSync } from "node:fs";
import { bundleJsonPath } from "./repo-paths.js";

/** The endpoint every request benchmark hits, as the client and the mock spell it. */
export const MARKET_PRICE_PATH = "/market/price";
export const GORDO_BASE_PATH = "/v1";
export const API_KEY = "grd_live_bench";

/**
 * The JSON the mock answers for GET /market/price: the first example of its 200 response in the Gordo bundle.
 * @returns {string}
 */
export function marketPriceBody() {
  const description = JSON.parse(readFileSync(bundleJsonPath("gordo"), "utf8"));
  const content = description.paths[MARKET_PRICE_PATH].get.responses["200"].content["application/json"];
  const [example] = Object.values(content.examples ?? {});
  if (example === undefined)
    throw new Error(`GET ${MARKET_PRICE_PATH} has no 200 example in the Gordo bundle.`);
  return JSON.stringify(resolveRef(description, example).value);
}

/**
 * @param {any} description
 * @param {any} node
 */
function resolveRef(description, node) {
  if (typeof node?.$ref !== "string") return node;
  const target = node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce(
      (/** @type {any} */ at, /** @type {string} */ key) =>
        at?.[key.replaceAll("~1", "/").replaceAll("~0", "~")],
      description,
    );
  return resolveRef(description, target);
}
