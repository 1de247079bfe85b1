import { readFileSync } from "node:fs";
import { basePath, child, listOperations, sampleOf } from "@tradespec/openapi-operations";
import { bundleJsonPath } from "./repo-paths.js";

/** @param {"gordo" | "gunbot"} api */
const readBundle = (api) => JSON.parse(readFileSync(bundleJsonPath(api), "utf8"));

/** The endpoints the request benchmarks hit, as the clients and the mocks spell them (base paths: `servers`). */
export const GORDO_BASE_PATH = basePath(readBundle("gordo"));
export const MARKET_PRICE_PATH = "/market/price";
export const GUNBOT_BASE_PATH = basePath(readBundle("gunbot"));
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
  const description = readBundle(api);
  const operation = listOperations(description).find((candidate) => candidate.id === `GET ${path}`);
  const response = operation && child(description, operation.responses, "200");
  const content = response && child(description, response, "content");
  const media = content && child(description, content, "application/json");
  const sample = media && sampleOf(description, media);
  if (sample === undefined) throw new Error(`GET ${path} has no 200 example in the ${api} bundle.`);
  return JSON.stringify(sample.value);
}
