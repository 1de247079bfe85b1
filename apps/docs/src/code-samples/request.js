/**
 * Reads, from a bundled OpenAPI 3.1 description, everything a code sample needs to call one operation:
 * where it goes, how it authenticates, and the example values the description gives for its inputs.
 */

import { child, listOperations, sampleOf, serverUrl } from "@tradespec/openapi-operations";
import { resolveRef as resolveAny } from "@tradespec/openapi-refs";

export { listOperations };

/**
 * @typedef {Record<string, any>} Node a JSON object of the description
 * @typedef {import("@tradespec/openapi-operations").Operation} Operation
 * @typedef {import("@tradespec/openapi-operations").Parameter} Parameter
 *
 * @typedef {object} SampleRequest
 * @property {string} operationId
 * @property {string} method upper case, such as "POST"
 * @property {string} path the templated path, such as "/positions/{position_id}/close"
 * @property {string} baseUrl the first server URL, variables set to their defaults
 * @property {Record<string, unknown>} pathParams
 * @property {Array<[string, unknown]>} query
 * @property {Record<string, string>} headers header parameters, the credential excluded
 * @property {{ kind: "header", name: string } | { kind: "bearer" } | null} auth
 * @property {{ mediaType: string, value: unknown } | null} body
 * @property {"json" | "text" | "none"} responseFormat how the success response should be read
 */

/**
 * @param {Node} document
 * @param {Operation} entry
 * @returns {SampleRequest}
 */
export function describeRequest(document, entry) {
  const { path, method, operation, pathItem } = entry;
  const operationId = entry.operationId ?? entry.id;
  const where = `${operationId} (${entry.id})`;

  /** @type {Record<string, unknown>} */
  const pathParams = {};
  /** @type {Array<[string, unknown]>} */
  const query = [];
  /** @type {Record<string, string>} */
  const headers = {};
  for (const parameter of entry.parameters) {
    if (parameter.in === "path") pathParams[parameter.name] = requiredExample(document, parameter, where);
    else if (parameter.in === "query" && (parameter.required || hasOwnExample(parameter.node)))
      query.push([parameter.name, requiredExample(document, parameter, where)]);
    else if (parameter.in === "header" && parameter.required)
      headers[parameter.name] = String(requiredExample(document, parameter, where));
  }

  return {
    operationId,
    method: method.toUpperCase(),
    path,
    baseUrl: baseUrlOf(document, operation.servers ?? pathItem.servers, where),
    pathParams,
    query,
    headers,
    auth: authentication(document, entry.security, where),
    body: requestBody(document, entry.requestBody, where),
    responseFormat: responseFormat(document, operation.responses ?? {}),
  };
}

/**
 * @param {Node} document
 * @param {unknown} node
 * @returns {Node}
 */
const resolveRef = (document, node) => /** @type {Node} */ (resolveAny(document, node));

/** @param {Node} parameter */
function hasOwnExample(parameter) {
  return parameter.example !== undefined || Object.keys(parameter.examples ?? {}).length > 0;
}

/**
 * @param {Node} document
 * @param {Parameter} parameter
 * @param {string} where
 */
function requiredExample(document, parameter, where) {
  const sample = sampleOf(document, parameter);
  if (sample === undefined) {
    throw new Error(
      `${where}: ${parameter.in} parameter "${parameter.name}" has no example, default or enum to put in its code samples. Add an \`example\` to the parameter.`,
    );
  }
  return sample.value;
}

/**
 * @param {Node} document
 * @param {unknown[] | undefined} servers
 * @param {string} where
 */
function baseUrlOf(document, servers, where) {
  try {
    return serverUrl(document, servers);
  } catch (error) {
    throw new Error(`${where}: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * @param {Node} document
 * @param {Node[]} security
 * @param {string} where
 * @returns {SampleRequest["auth"]}
 */
function authentication(document, security, where) {
  const requirement = security[0];
  const schemeName = requirement ? Object.keys(requirement)[0] : undefined;
  if (schemeName === undefined) return null;
  const scheme = resolveRef(document, document.components?.securitySchemes?.[schemeName] ?? {});
  if (scheme.type === "apiKey" && scheme.in === "header") return { kind: "header", name: scheme.name };
  if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer") return { kind: "bearer" };
  throw new Error(
    `${where}: security scheme "${schemeName}" (${scheme.type ?? "undefined"}) is not one code samples know; expected an apiKey header or http bearer.`,
  );
}

/**
 * @param {Node} document
 * @param {import("@tradespec/openapi-operations").Located | undefined} body
 * @param {string} where
 * @returns {SampleRequest["body"]}
 */
function requestBody(document, body, where) {
  if (body === undefined) return null;
  const mediaTypes = Object.keys(body.node.content ?? {});
  const mediaType = mediaTypes.find(isJson) ?? mediaTypes[0];
  if (mediaType === undefined) return null;
  const content = /** @type {import("@tradespec/openapi-operations").Located} */ (
    child(document, body, "content")
  );
  const media = child(document, content, mediaType);
  const sample = media && sampleOf(document, media);
  if (sample !== undefined) return { mediaType, value: sample.value };
  if (body.node.required) {
    throw new Error(
      `${where}: the required request body has no example to put in its code samples. Add an \`example\` under requestBody.content["${mediaType}"].`,
    );
  }
  return null;
}

/**
 * @param {Node} document
 * @param {Node} responses
 * @returns {SampleRequest["responseFormat"]}
 */
function responseFormat(document, responses) {
  const successCode = Object.keys(responses)
    .filter((code) => /^2/.test(code))
    .sort()[0];
  if (successCode === undefined) return "json";
  const mediaTypes = Object.keys(resolveRef(document, responses[successCode]).content ?? {});
  if (mediaTypes.length === 0) return "none";
  return mediaTypes.some(isJson) ? "json" : "text";
}

/** @param {string} mediaType */
function isJson(mediaType) {
  return /^application\/(.+\+)?json\b/.test(mediaType);
}
