import { curlSample } from "./curl.js";
import { pythonSample } from "./python.js";
import { describeRequest, listOperations } from "./request.js";
import { typescriptSample } from "./typescript.js";

/** @typedef {{ lang: string, label: string, source: string }} CodeSample */

/**
 * A copy of the description with curl, TypeScript and Python samples (`x-codeSamples`) on every operation.
 * @param {Record<string, any>} document a bundled OpenAPI 3.1 description
 * @param {import("../apis.js").ApiSite} api
 * @returns {Record<string, any>}
 */
export function withCodeSamples(document, api) {
  const copy = structuredClone(document);
  for (const entry of listOperations(copy)) {
    entry.operation["x-codeSamples"] = codeSamplesFor(copy, entry, api);
  }
  return copy;
}

/**
 * @param {Record<string, any>} document
 * @param {ReturnType<typeof listOperations>[number]} entry
 * @param {import("../apis.js").ApiSite} api
 * @returns {CodeSample[]}
 */
export function codeSamplesFor(document, entry, api) {
  const request = describeRequest(document, entry);
  const credential = api.credentialPlaceholder;
  return [
    { lang: "Shell", label: "curl", source: curlSample(request, credential) },
    { lang: "TypeScript", label: "TypeScript", source: typescriptSample(request, credential, api.client) },
    { lang: "Python", label: "Python", source: pythonSample(request, credential) },
  ];
}
