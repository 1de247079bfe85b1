import { readFileSync } from "node:fs";
import { resolveRef } from "@tradespec/openapi-refs";
import { bundleJsonPath } from "./repo-paths.js";

/** The endpoints the request benchmarks hit, as the clients and the mocks spell them. */
export const GORDO_BASE_PATH = "/v1";
export const MARKET_PRICE_PATH = "/market/price";
export const GUNBOT_BASE_PATH = "/api/v1";
export const GUNBOT_TIME_PATH = "/time";
export const API_KEY = "grd_live_bench";
export const GUNBOT_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl";

/**
 * The JSON a mock answers for GET `path`: the first example of its 200 response in the `api` bundle.
 * @param {"gordo" | "gunbot"} api
 * @param {string} path
 * @returns {string}
 */
export function exampleBody(api, path) {
  const description = JSON.parse(readFileSync(bundleJsonPath(api), "utf8"));
  const content = description.paths[path].get.responses["200"].content["application/json"];
  const [example] = Object.values(content.examples ?? {});
  if (example === undefined) throw new Error(`GET ${path} has no 200 example in the ${api} bundle.`);
  return JSON.stringify(/** @type {{ value: unknown }} */ (resolveRef(description, example)).value);
}
