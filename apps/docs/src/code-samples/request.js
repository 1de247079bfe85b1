/**
 * Reads, from a bundled OpenAPI 3.1 description, everything a code sample needs to call one operation:
 * where it goes, how it authenticates, and the example values the description gives for its inputs.
 */
import { resolveRef as resolveAny } from "@tradespec/openapi-refs";

/**
 * @typedef {Record<string, any>} Node a JSON object of the description
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

export const HTTP_METHODS = /** @type {const} */ ([
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
]);

/**
 * Every operation of the description, in document order.
 * @param {Node} document
 * @returns {Array<{ path: string, method: string, operation: Node, pathItem: Node }>}
 */
export function listOperations(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, pathItemOrRef]) => {
    const pathItem = resolveRef(document, pathItemOrRef);
    return HTTP_METHODS.filter((method) => pathItem[method]).map((method) => ({
      path,
      method,
      operation: pathItem[method],
      pathItem,
    }));
  });
}

/**
 * @param {Node} document
 * @param {{ path: string, method: string, operation: Node, pathItem: Node }} entry
 * @returns {SampleRequest}
 */
export function describeRequest(document, { path, method, operation, pathItem }) {
  const operationId = operation.operationId ?? `${method.toUpperCase()} ${path}`;
  const where = `${operationId} (${method.toUpperCase()} ${path})`;
  // An operation's parameter overrides the path item's parameter of the same name and location.
  const byLocation = new Map(
    [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
      .map((parameter) => resolveRef(document, parameter))
      .map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]),
  );
  const parameters = [...byLocation.values()];

  /** @type {Record<string, unknown>} */
  const pathParams = {};
  /** @type {Array<[string, unknown]>} */
  const query = [];
  /** @type {Record<string, string>} */
  const headers = {};
  for (const parameter of parameters) {
    if (parameter.in === "path") pathParams[parameter.name] = requiredExample(parameter, where);
    else if (parameter.in === "query" && (parameter.required || hasOwnExample(parameter)))
      query.push([parameter.name, requiredExample(parameter, where)]);
    else if (parameter.in === "header" && parameter.required)
      headers[parameter.name] = String(requiredExample(parameter, where));
  }

  return {
    operationId,
    method: method.toUpperCase(),
    path,
    baseUrl: serverUrl(operation.servers ?? pathItem.servers ?? document.servers, where),
    pathParams,
    query,
    headers,
    auth: authentication(document, operation.security ?? document.security ?? [], where),
    body: requestBody(document, operation.requestBody, where),
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
 * @param {Node} parameter
 * @param {string} where
 */
function requiredExample(parameter, where) {
  const schema = parameter.schema ?? {};
  const candidates = [
    parameter.example,
    firstExampleValue(parameter.examples),
    schema.example,
    schema.examples?.[0],
    schema.default,
    schema.enum?.[0],
  ];
  const value = candidates.find((candidate) => candidate !== undefined);
  if (value === undefined) {
    throw new Error(
      `${where}: ${parameter.in} parameter "${parameter.name}" has no example, default or enum to put in its code samples. Add an \`example\` to the parameter.`,
    );
  }
  return value;
}

/** @param {Node | undefined} examples */
function firstExampleValue(examples) {
  const first = Object.values(examples ?? {})[0];
  return first?.value;
}

/**
 * @param {Node[] | undefined} servers
 * @param {string} where
 */
function serverUrl(servers, where) {
  const server = servers?.[0];
  if (!server?.url)
    throw new Error(`${where}: the description names no server, so samples have no base URL.`);
  return server.url
    .replace(/\{([^}]+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => {
      const fallback = server.variables?.[name]?.default;
      if (fallback === undefined) throw new Error(`${where}: server variable "${name}" has no default.`);
      return String(fallback);
    })
    .replace(/\/$/, "");
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
 * @param {Node | undefined} bodyOrRef
 * @param {string} where
 * @returns {SampleRequest["body"]}
 */
function requestBody(document, bodyOrRef, where) {
  if (bodyOrRef === undefined) return null;
  const body = resolveRef(document, bodyOrRef);
  const mediaType = Object.keys(body.content ?? {}).find(isJson) ?? Object.keys(body.content ?? {})[0];
  if (mediaType === undefined) return null;
  const media = body.content[mediaType];
  const schema = media.schema ? resolveRef(document, media.schema) : {};
  const namedExample = Object.values(media.examples ?? {})[0];
  const value = [
    media.example,
    namedExample === undefined ? undefined : resolveRef(document, namedExample).value,
    schema.example,
    schema.examples?.[0],
  ].find((candidate) => candidate !== undefined);
  if (value !== undefined) return { mediaType, value };
  if (body.required) {
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
