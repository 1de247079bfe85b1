import { escapePointer, followRefs } from "@tradespec/openapi-refs";

/** The operation keys of an OpenAPI 3.1 path item, in the specification's order. */
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

/** @typedef {import("./index.d.ts").Located} Located */
/** @typedef {import("./index.d.ts").Operation} Operation */
/** @typedef {import("./index.d.ts").Parameter} Parameter */
/** @typedef {import("./index.d.ts").Sample} Sample */

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `node` (met at `pointer`) with its `$ref`s followed, and the pointer of the object it names.
 * @param {unknown} document
 * @param {unknown} node
 * @param {string} pointer
 * @returns {Located}
 */
export function locate(document, node, pointer) {
  const found = followRefs(document, node, pointer);
  return { node: /** @type {Located["node"]} */ (found.node), pointer: found.pointer ?? pointer };
}

/**
 * The child of a located node under `key`, its `$ref`s followed; undefined when it has none.
 * @param {unknown} document
 * @param {Located} parent
 * @param {string} key
 * @returns {Located | undefined}
 */
export function child(document, parent, key) {
  const node = isObject(parent.node) ? parent.node[key] : undefined;
  return node === undefined ? undefined : locate(document, node, `${parent.pointer}/${escapePointer(key)}`);
}

/**
 * Every operation under `paths` (or `webhooks`), in document order, with what tools read from it resolved.
 * @param {Record<string, any>} document
 * @param {"paths" | "webhooks"} [section]
 * @returns {Operation[]}
 */
export function listOperations(document, section = "paths") {
  const items = isObject(document[section]) ? document[section] : {};
  return Object.entries(items).flatMap(([path, rawItem]) => {
    const pathItem = locate(document, rawItem, `#/${section}/${escapePointer(path)}`);
    return HTTP_METHODS.filter((method) => isObject(pathItem.node[method])).map((method) => {
      const operation = /** @type {Located} */ (child(document, pathItem, method));
      const readOnly = operation.node["x-read-only"];
      const security = operation.node.security ?? document.security ?? [];
      return {
        id: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pointer: operation.pointer,
        operationId: typeof operation.node.operationId === "string" ? operation.node.operationId : undefined,
        operation: operation.node,
        pathItem: pathItem.node,
        parameters: effectiveParameters(document, pathItem, operation),
        requestBody: child(document, operation, "requestBody"),
        responses: child(document, operation, "responses") ?? {
          node: {},
          pointer: `${operation.pointer}/responses`,
        },
        security,
        requiresAuth:
          security.length > 0 &&
          !security.some((/** @type {object} */ requirement) => Object.keys(requirement).length === 0),
        readOnly: typeof readOnly === "boolean" ? readOnly : undefined,
      };
    });
  });
}

/**
 * The path item's parameters overlaid by the operation's own of the same name and location, as OpenAPI defines it.
 * @param {unknown} document
 * @param {Located} pathItem
 * @param {Located} operation
 * @returns {Parameter[]}
 */
function effectiveParameters(document, pathItem, operation) {
  /** @type {Map<string, Located>} */
  const byKey = new Map();
  for (const owner of [pathItem, operation]) {
    const list = Array.isArray(owner.node.parameters) ? owner.node.parameters : [];
    list.forEach((/** @type {unknown} */ raw, /** @type {number} */ index) => {
      const parameter = locate(document, raw, `${owner.pointer}/parameters/${index}`);
      byKey.set(`${parameter.node.in}:${parameter.node.name}`, parameter);
    });
  }
  return [...byKey.values()].map((parameter) => ({
    name: parameter.node.name,
    in: parameter.node.in,
    required: parameter.node.required === true,
    node: parameter.node,
    pointer: parameter.pointer,
    schema: child(document, parameter, "schema"),
    selectsMediaType: mediaTypesSelected(parameter.node),
  }));
}

/**
 * A parameter's `x-selects-media-type` (value -> media type), when it is an object of media types.
 * @param {import("./index.d.ts").Node} parameter
 * @returns {Record<string, string> | undefined}
 */
function mediaTypesSelected(parameter) {
  const selects = parameter["x-selects-media-type"];
  if (typeof selects !== "object" || selects === null || Array.isArray(selects)) return undefined;
  return Object.values(selects).every((mediaType) => typeof mediaType === "string") ? selects : undefined;
}

/**
 * The value to show or send for a parameter or a media type (`holder`): the first value its author wrote as an
 * example, else the first its schema implies. See the README for why in this order.
 * @param {unknown} document
 * @param {Located} holder
 * @returns {Sample | undefined}
 */
export function sampleOf(document, holder) {
  const { node, pointer } = holder;
  if (node.example !== undefined) return { value: node.example, from: `${pointer}/example` };
  const named = isObject(node.examples) ? Object.keys(node.examples)[0] : undefined;
  if (named !== undefined) {
    const example = locate(document, node.examples[named], `${pointer}/examples/${escapePointer(named)}`);
    if (example.node.value !== undefined)
      return { value: example.node.value, from: `${example.pointer}/value` };
  }
  const schema = child(document, holder, "schema");
  return schema && schemaSample(schema);
}

/**
 * The value a schema gives or implies: its first `examples` entry, its `example`, its `const`, its `default`, its
 * first `enum` member; undefined when it has none of them.
 * @param {Located} schema
 * @returns {Sample | undefined}
 */
export function schemaSample(schema) {
  const { node, pointer } = schema;
  if (!isObject(node)) return undefined;
  if (Array.isArray(node.examples) && node.examples.length > 0)
    return { value: node.examples[0], from: `${pointer}/examples/0` };
  for (const keyword of ["example", "const", "default"]) {
    if (node[keyword] !== undefined) return { value: node[keyword], from: `${pointer}/${keyword}` };
  }
  if (Array.isArray(node.enum) && node.enum.length > 0)
    return { value: node.enum[0], from: `${pointer}/enum/0` };
  return undefined;
}

/**
 * The first server's URL with its variables set to their defaults and no trailing slash
 * (`http://localhost:3000/api/v1` for `{protocol}://{host}:{port}/api/v1`).
 * @param {Record<string, any>} document
 * @param {unknown[]} [servers] an operation's or path item's own servers, which override the document's
 * @returns {string}
 */
export function serverUrl(document, servers = document.servers) {
  const server = Array.isArray(servers) ? servers[0] : undefined;
  if (!isObject(server) || typeof server.url !== "string")
    throw new Error("The description names no server (servers[0].url), so it has no base URL.");
  return server.url
    .replace(/\{([^}]+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => {
      const fallback = server.variables?.[name]?.default;
      if (fallback === undefined)
        throw new Error(`Server variable "${name}" of ${server.url} has no default.`);
      return String(fallback);
    })
    .replace(/\/$/, "");
}

/**
 * The path of the first server's URL, under which every operation's path lives: `/v1`, `/api/v1`, or "" at the root.
 * @param {Record<string, any>} document
 * @returns {string}
 */
export function basePath(document) {
  const url = serverUrl(document);
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = url.startsWith("/") ? url : "/";
  }
  return pathname.replace(/\/$/, "");
}

/**
 * The call the description shows for an operation, as a client sends it below the base path: every path parameter,
 * the query parameters that are required or carry their own example, the required headers, and the request body's
 * sample (JSON when the operation takes it). The credential is left to the caller.
 * @param {Record<string, any>} document
 * @param {Operation} operation
 * @returns {import("./index.d.ts").ExampleCall}
 */
export function exampleCall(document, operation) {
  const value = (/** @type {Parameter} */ parameter) => {
    const sample = sampleOf(document, parameter);
    if (sample === undefined) {
      throw new Error(`${operation.id}: ${parameter.in} parameter "${parameter.name}" has no sample value`);
    }
    return sample.value;
  };
  const text = (/** @type {unknown} */ item) => (typeof item === "string" ? item : JSON.stringify(item));
  const ownExample = (/** @type {Parameter} */ parameter) =>
    parameter.node.example !== undefined || Object.keys(parameter.node.examples ?? {}).length > 0;
  let path = operation.path;
  const query = new URLSearchParams();
  /** @type {Record<string, string>} */
  const headers = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") {
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(text(value(parameter))));
    } else if (parameter.in === "query" && (parameter.required || ownExample(parameter))) {
      const sample = value(parameter);
      for (const item of Array.isArray(sample) ? sample : [sample]) query.append(parameter.name, text(item));
    } else if (parameter.in === "header" && parameter.required) {
      headers[parameter.name] = text(value(parameter));
    }
  }
  const search = query.toString();
  return {
    method: operation.method.toUpperCase(),
    path: search === "" ? path : `${path}?${search}`,
    headers,
    body: exampleBody(document, operation),
  };
}

/**
 * @param {Record<string, any>} document
 * @param {Operation} operation
 * @returns {import("./index.d.ts").ExampleCall["body"]}
 */
function exampleBody(document, operation) {
  const content = operation.requestBody && child(document, operation.requestBody, "content");
  if (content === undefined) return undefined;
  const mediaTypes = Object.keys(content.node);
  const mediaType = mediaTypes.find((type) => /^application\/([\w.-]+\+)?json\b/.test(type)) ?? mediaTypes[0];
  const media = mediaType === undefined ? undefined : child(document, content, mediaType);
  const sample = media && sampleOf(document, media);
  return mediaType === undefined || sample === undefined ? undefined : { mediaType, value: sample.value };
}
