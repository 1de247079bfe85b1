import { readFileSync } from "node:fs";
import { basePath, exampleCall, listOperations } from "@tradespec/openapi-operations";
import { API_KEY } from "./endpoints.js";
import { bundleJsonPath } from "./repo-paths.js";

/**
 * @typedef {object} BenchCall
 * @property {string} id "GET /market/candles"
 * @property {string} method
 * @property {string} path below the base path, with the query string
 * @property {Record<string, string>} headers the credential included
 */

const GORDO = JSON.parse(readFileSync(bundleJsonPath("gordo"), "utf8"));
export const GORDO_BASE = basePath(GORDO);

/**
 * The Gordo description's example calls that only read (GET, or marked `x-read-only`), with an API key: what a front
 * end or a test suite sends again and again. Writes are left out so that a sandbox's state stays the same size.
 * @returns {BenchCall[]}
 */
export function gordoReadCalls() {
  return listOperations(GORDO)
    .filter((operation) => operation.method === "get" || operation.readOnly === true)
    .map((operation) => {
      const call = exampleCall(GORDO, operation);
      if (call.body !== undefined) throw new Error(`${operation.id}: a read with a body is not in the mix`);
      return {
        id: operation.id,
        method: call.method,
        path: call.path,
        headers: { ...call.headers, "x-api-key": API_KEY },
      };
    });
}

let serial = 0;

/**
 * The calls as autocannon requests below `prefix` (the base path, or "" for servers that ignore it), cycled in order;
 * with `distinct`, each request carries a query parameter no description declares, with a value never sent before,
 * so that no two requests are the same.
 * @param {readonly BenchCall[]} calls
 * @param {string} prefix
 * @param {{ distinct?: boolean }} [options]
 */
export function loadRequests(calls, prefix, { distinct = false } = {}) {
  return calls.map((call) => {
    const request = { method: call.method, path: prefix + call.path, headers: call.headers };
    if (!distinct) return request;
    const separator = call.path.includes("?") ? "&" : "?";
    return {
      ...request,
      setupRequest: (/** @type {object} */ built) => {
        serial += 1;
        return { ...built, path: `${request.path}${separator}bench_serial=${serial}` };
      },
    };
  });
}
