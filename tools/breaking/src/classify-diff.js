/**
 * Turns one structural difference between two dereferenced descriptions (a JSON pointer that was added, removed or
 * changed, as optic's differ reports it) into a classified change, by the direction the value travels: what a
 * client sends (parameters, request bodies, a webhook receiver's answer) and what it receives (responses, webhook
 * payloads).
 */

/** @typedef {"breaking" | "additive" | "docs-only"} ChangeClass */
/** @typedef {"sends" | "receives"} Direction */
/** @typedef {"added" | "removed" | "changed"} DiffKind */

/**
 * @typedef {object} Change
 * @property {ChangeClass} class
 * @property {string} operation "GET /market/price", "webhook trade.executed", or a part of the document ("servers")
 * @property {Direction} [direction] which way the changed value travels, for the client
 * @property {string} message what changed, for a reader: "response 200 application/json: property `price` removed"
 * @property {string} pointer where, in the description (the new one, or the old one for a removal)
 * @property {string} source "description" (optic's differ), "optic" (its breaking-changes ruleset) or "types"
 */

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const DOCS_KEYWORDS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  "$comment",
  "tags",
]);
/** Extensions the generated client acts on; every other `x-` key only documents. */
const BEHAVIOUR_EXTENSIONS = new Map([["x-read-only", "whether the client retries it"]]);
const LOWER_BOUNDS = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"]);
const UPPER_BOUNDS = new Set(["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"]);
const SUBSCHEMA = new Map([
  ["items", "[]"],
  ["additionalProperties", "{}"],
  ["unevaluatedProperties", "{}"],
  ["not", "(not)"],
  ["contains", "(contains)"],
  ["propertyNames", "(names)"],
  ["if", "(if)"],
  ["then", "(then)"],
  ["else", "(else)"],
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]);

/**
 * @param {{ before?: string, after?: string }} diff
 * @param {{ before: any, after: any }} docs the two dereferenced documents
 * @returns {Change[]} none for what the operations and webhooks already report (components)
 */
export function classifyDiff(diff, docs) {
  const changes = classifyOne(diff, docs);
  return changes === undefined ? [] : Array.isArray(changes) ? changes : [changes];
}

/**
 * @param {{ before?: string, after?: string }} diff
 * @param {{ before: any, after: any }} docs
 * @returns {Change | Change[] | undefined}
 */
function classifyOne(diff, docs) {
  /** @type {DiffKind} */
  const kind = diff.before === undefined ? "added" : diff.after === undefined ? "removed" : "changed";
  const pointer = /** @type {string} */ (diff.after ?? diff.before);
  const segments = parsePointer(pointer);
  const values = {
    before: diff.before === undefined ? undefined : valueAt(docs.before, parsePointer(diff.before)),
    after: diff.after === undefined ? undefined : valueAt(docs.after, parsePointer(diff.after)),
  };
  const context = { kind, values, pointer, docs };
  const [root, name, method, ...rest] = segments;
  if (root === "paths" && name !== undefined) {
    if (method === undefined || !HTTP_METHODS.has(method)) return pathItemChange(name, method, rest, context);
    return operationChange(`${method.toUpperCase()} ${name}`, rest, { ...context, inbound: false });
  }
  if (root === "webhooks" && name !== undefined) {
    if (method === undefined) return wholeChange(`webhook ${name}`, "webhook event", context);
    return operationChange(`webhook ${name}`, rest, { ...context, inbound: true });
  }
  return documentChange(segments, context);
}

/**
 * @typedef {object} Context
 * @property {DiffKind} kind
 * @property {{ before: any, after: any }} values
 * @property {string} pointer
 * @property {{ before: any, after: any }} docs
 */

/**
 * @param {string} path
 * @param {string | undefined} key
 * @param {string[]} rest
 * @param {Context} context
 * @returns {Change | Change[] | undefined}
 */
function pathItemChange(path, key, rest, context) {
  if (key === undefined) {
    const item = context.values.after ?? context.values.before ?? {};
    const methods = Object.keys(item).filter((method) => HTTP_METHODS.has(method));
    return methods.map((method) => wholeChange(`${method.toUpperCase()} ${path}`, "operation", context));
  }
  if (DOCS_KEYWORDS.has(key) || key.startsWith("x-")) return docs(path, `path ${key}`, context);
  // Shared path parameters and servers: optic's denormalizer copies parameters into each operation.
  if (key === "parameters") return undefined;
  return breaking(path, undefined, `path item ${[key, ...rest].join(".")} ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string} what "operation", "webhook event"
 * @param {Context} context
 * @returns {Change}
 */
function wholeChange(operation, what, context) {
  if (context.kind === "added") return additive(operation, undefined, `new ${what}`, context);
  if (context.kind === "removed") return breaking(operation, undefined, `${what} removed`, context);
  return breaking(operation, undefined, `${what} changed`, context);
}

/**
 * @param {string} operation
 * @param {string[]} rest the pointer below the operation
 * @param {Context & { inbound: boolean }} context inbound: a webhook, whose request the client receives
 * @returns {Change | undefined}
 */
function operationChange(operation, rest, context) {
  const [key, ...below] = rest;
  const requestDirection = context.inbound ? "receives" : "sends";
  const responseDirection = context.inbound ? "sends" : "receives";
  if (key === undefined)
    return wholeChange(operation, context.inbound ? "webhook event" : "operation", context);
  if (DOCS_KEYWORDS.has(key)) return docs(operation, key, context);
  const behaviour = BEHAVIOUR_EXTENSIONS.get(key);
  if (behaviour)
    return breaking(operation, undefined, `\`${key}\` ${context.kind}: changes ${behaviour}`, context);
  if (key.startsWith("x-")) return docs(operation, key, context);
  if (key === "operationId")
    return breaking(
      operation,
      undefined,
      "operationId changed: the client's `operations` type is keyed by it",
      context,
    );
  if (key === "security") return breaking(operation, undefined, "security requirement changed", context);
  if (key === "servers") return serverChange(operation, below, context);
  if (key === "parameters") return parameterChange(operation, below, requestDirection, context);
  if (key === "requestBody") {
    const where = context.inbound ? "payload" : "request body";
    return bodyChange(operation, where, below, requestDirection, context);
  }
  if (key === "responses") {
    const [status, ...inResponse] = below;
    if (status === undefined) return breaking(operation, responseDirection, "responses changed", context);
    return responseChange(operation, `response ${status}`, inResponse, responseDirection, context);
  }
  return breaking(operation, undefined, `\`${rest.join(".")}\` ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string[]} rest below `parameters`
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function parameterChange(operation, rest, direction, context) {
  const [index, key, ...below] = rest;
  const parameter =
    parameterAt(context.docs.after, context.pointer, index) ??
    parameterAt(context.docs.before, context.pointer, index);
  const label = parameter ? `${parameter.in} parameter \`${parameter.name}\`` : `parameter ${index}`;
  if (key === undefined) {
    const value = context.values.after ?? context.values.before;
    if (context.kind === "added" && value?.required !== true)
      return additive(operation, direction, `new optional ${label}`, context);
    if (context.kind === "added") return breaking(operation, direction, `new required ${label}`, context);
    return breaking(operation, direction, `${label} ${context.kind}`, context);
  }
  if (DOCS_KEYWORDS.has(key) || key.startsWith("x-")) return docs(operation, `${label} ${key}`, context);
  if (key === "required") return requiredFlagChange(operation, label, direction, context);
  if (key === "schema") return schemaChange(operation, label, below, direction, context);
  if (key === "content") return mediaTypeChange(operation, label, below, direction, context);
  return breaking(operation, direction, `${label}: \`${key}\` ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string} where "request body", "payload"
 * @param {string[]} rest below `requestBody`
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function bodyChange(operation, where, rest, direction, context) {
  const [key, ...below] = rest;
  if (key === undefined) {
    const value = context.values.after ?? context.values.before;
    if (context.kind === "added" && value?.required !== true)
      return additive(operation, direction, `new optional ${where}`, context);
    return breaking(operation, direction, `${where} ${context.kind}`, context);
  }
  if (DOCS_KEYWORDS.has(key) || key.startsWith("x-")) return docs(operation, `${where} ${key}`, context);
  if (key === "required") return requiredFlagChange(operation, where, direction, context);
  if (key === "content") return mediaTypeChange(operation, where, below, direction, context);
  return breaking(operation, direction, `${where}: \`${key}\` ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string} where "response 200"
 * @param {string[]} rest below the status code
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function responseChange(operation, where, rest, direction, context) {
  const [key, name, ...below] = rest;
  if (key === undefined) {
    if (context.kind === "added") return additive(operation, direction, `new ${where}`, context);
    return breaking(operation, direction, `${where} ${context.kind}`, context);
  }
  if (DOCS_KEYWORDS.has(key) || key.startsWith("x-")) return docs(operation, `${where} ${key}`, context);
  if (key === "content")
    return mediaTypeChange(operation, where, name === undefined ? [] : [name, ...below], direction, context);
  if (key === "headers" && name !== undefined) {
    const label = `${where} header \`${name}\``;
    const [headerKey, ...inHeader] = below;
    if (headerKey === undefined) {
      if (context.kind === "added") return additive(operation, direction, `new ${label}`, context);
      return breaking(operation, direction, `${label} ${context.kind}`, context);
    }
    if (DOCS_KEYWORDS.has(headerKey) || headerKey.startsWith("x-"))
      return docs(operation, `${label} ${headerKey}`, context);
    if (headerKey === "schema") return schemaChange(operation, label, inHeader, direction, context);
    if (headerKey === "required") return requiredFlagChange(operation, label, direction, context);
    return breaking(operation, direction, `${label}: \`${headerKey}\` ${context.kind}`, context);
  }
  if (key === "headers") return breaking(operation, direction, `${where} headers ${context.kind}`, context);
  return breaking(operation, direction, `${where}: \`${key}\` ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string} where
 * @param {string[]} rest below `content`
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function mediaTypeChange(operation, where, rest, direction, context) {
  const [mediaType, key, ...below] = rest;
  if (mediaType === undefined)
    return breaking(operation, direction, `${where} content ${context.kind}`, context);
  const label = `${where} ${mediaType}`;
  if (key === undefined) {
    if (context.kind === "added")
      return additive(operation, direction, `${where}: new media type ${mediaType}`, context);
    return breaking(operation, direction, `${where}: media type ${mediaType} ${context.kind}`, context);
  }
  if (DOCS_KEYWORDS.has(key) || key.startsWith("x-")) return docs(operation, `${label} ${key}`, context);
  if (key === "schema") return schemaChange(operation, label, below, direction, context);
  return breaking(operation, direction, `${label}: \`${key}\` ${context.kind}`, context);
}

/**
 * `required: true|false` on a parameter, a request body or a header.
 * @param {string} operation
 * @param {string} label
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function requiredFlagChange(operation, label, direction, context) {
  const now = context.values.after === true;
  const was = context.values.before === true;
  if (now === was) return docs(operation, `${label} required: ${String(context.values.after)}`, context);
  const tightened = now && !was;
  const message = now ? `${label} now required` : `${label} now optional`;
  return boundChange(operation, direction, tightened, message, context);
}

/**
 * @param {string} operation
 * @param {string} where "response 200 application/json", "query parameter `coin`"
 * @param {string[]} trail the pointer below `schema`
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function schemaChange(operation, where, trail, direction, context) {
  /** @type {string[]} */
  const field = [];
  const located = () =>
    field.length > 0 ? `${where}: \`${field.join(".").replaceAll(".[]", "[]")}\`` : where;
  for (let i = 0; i < trail.length; i++) {
    const keyword = /** @type {string} */ (trail[i]);
    const next = trail[i + 1];
    if (SCHEMA_MAPS.has(keyword) && next !== undefined) {
      field.push(next);
      i++;
      if (i === trail.length - 1) return propertyChange(operation, located(), direction, context);
      continue;
    }
    const step = SUBSCHEMA.get(keyword);
    if (step !== undefined && next !== undefined) {
      field.push(step);
      continue;
    }
    if (SCHEMA_LISTS.has(keyword) && next !== undefined) {
      if (i + 1 === trail.length - 1) return memberChange(operation, located(), keyword, direction, context);
      field.push(`(${keyword} ${next})`);
      i++;
      continue;
    }
    return keywordChange(operation, located(), keyword, next, direction, context);
  }
  if (context.kind === "added") return breaking(operation, direction, `${located()}: schema added`, context);
  return breaking(operation, direction, `${located()}: schema ${context.kind}`, context);
}

/**
 * A whole property added, removed or replaced. A new property is optional here; if it is required, the
 * `required` entry added beside it is a change of its own.
 * @param {string} operation
 * @param {string} where
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function propertyChange(operation, where, direction, context) {
  if (context.kind === "added") return additive(operation, direction, `${where} added`, context);
  return breaking(operation, direction, `${where} ${context.kind}`, context);
}

/**
 * A member of allOf/anyOf/oneOf added or removed: a request accepts more, a response may carry a shape the
 * client does not know.
 * @param {string} operation
 * @param {string} where
 * @param {string} keyword
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function memberChange(operation, where, keyword, direction, context) {
  if (context.kind === "added" && direction === "sends")
    return additive(operation, direction, `${where}: ${keyword} accepts one more shape`, context);
  if (context.kind === "added")
    return breaking(operation, direction, `${where}: ${keyword} has one more shape`, context);
  return breaking(operation, direction, `${where}: a ${keyword} shape ${context.kind}`, context);
}

/**
 * @param {string} operation
 * @param {string} where
 * @param {string} keyword
 * @param {string | undefined} index set when one entry of an array keyword changed (`enum/2`, `required/0`)
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function keywordChange(operation, where, keyword, index, direction, context) {
  const { kind, values } = context;
  if (
    DOCS_KEYWORDS.has(keyword) ||
    keyword.startsWith("x-") ||
    keyword === "readOnly" ||
    keyword === "writeOnly"
  )
    return docs(operation, `${where} ${keyword}`, context);
  if (keyword === "required") return requiredListChange(operation, where, index, direction, context);
  if (keyword === "enum" || keyword === "type") {
    if (index !== undefined && kind !== "changed") {
      const value = JSON.stringify(values.after ?? values.before);
      if (kind === "removed") {
        const verb = keyword === "enum" ? "value" : "type";
        return breaking(operation, direction, `${where}: ${keyword} ${verb} ${value} removed`, context);
      }
      // One more value: a request may send it, a response may carry a value the client's union does not know.
      const message = `${where}: ${keyword} ${value} added`;
      return direction === "sends"
        ? additive(operation, direction, message, context)
        : breaking(operation, direction, message, context);
    }
    if (keyword === "enum" && kind !== "changed") {
      // The whole list: added restricts (a narrowing either way), removed opens the values.
      const opened = kind === "removed";
      const message = opened ? `${where}: enum removed, any value allowed` : `${where}: now a closed enum`;
      return opened && direction === "sends"
        ? additive(operation, direction, message, context)
        : breaking(operation, direction, message, context);
    }
    const [was, now] = [valueBefore(context, index, keyword), valueAfter(context, index, keyword)];
    const shown = (/** @type {unknown} */ value) => (value === undefined ? "none" : JSON.stringify(value));
    const message = `${where}: ${keyword} changed from ${shown(was)} to ${shown(now)}`;
    // A request that now also takes another type accepts everything it did.
    return direction === "sends" && keyword === "type" && widens(was, now)
      ? additive(operation, direction, message, context)
      : breaking(operation, direction, message, context);
  }
  if (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword)) {
    const before = kind === "added" ? undefined : Number(values.before);
    const after = kind === "removed" ? undefined : Number(values.after);
    const lower = LOWER_BOUNDS.has(keyword);
    const tightened =
      before === undefined || (after !== undefined && (lower ? after > before : after < before));
    const message = `${where}: ${keyword} ${before ?? "none"} -> ${after ?? "none"}`;
    return boundChange(operation, direction, tightened && after !== undefined, message, context);
  }
  if (keyword === "default" && direction === "receives") return docs(operation, `${where} default`, context);
  if (keyword === "default")
    return breaking(
      operation,
      direction,
      `${where}: default changed, so a request that omits it behaves differently`,
      context,
    );
  return breaking(operation, direction, `${where}: \`${keyword}\` ${kind}`, context);
}

/**
 * @param {unknown} before a `type` value
 * @param {unknown} after
 */
function widens(before, after) {
  const list = (/** @type {unknown} */ value) => (Array.isArray(value) ? value : [value]);
  return (
    before !== undefined && after !== undefined && list(before).every((type) => list(after).includes(type))
  );
}

/**
 * @param {Context} context
 * @param {string | undefined} index
 * @param {string} keyword
 */
function valueBefore(context, index, keyword) {
  return index === undefined
    ? context.values.before
    : siblingKeyword(context.docs.before, context.pointer, keyword);
}

/**
 * @param {Context} context
 * @param {string | undefined} index
 * @param {string} keyword
 */
function valueAfter(context, index, keyword) {
  return index === undefined
    ? context.values.after
    : siblingKeyword(context.docs.after, context.pointer, keyword);
}

/**
 * The whole keyword's value (`type: [string, null]`) for a change reported at one of its entries.
 * @param {any} document
 * @param {string} pointer
 * @param {string} keyword
 */
function siblingKeyword(document, pointer, keyword) {
  const segments = parsePointer(pointer);
  const at = segments.lastIndexOf(keyword);
  return valueAt(document, segments.slice(0, at + 1));
}

/**
 * One name in a schema's `required` list: a request that must now send it, or a response that no longer
 * guarantees it.
 * @param {string} operation
 * @param {string} where
 * @param {string | undefined} index
 * @param {Direction} direction
 * @param {Context} context
 * @returns {Change}
 */
function requiredListChange(operation, where, index, direction, context) {
  const { kind, values } = context;
  const names = (/** @type {unknown} */ value) =>
    Array.isArray(value) ? value : value === undefined ? [] : [value];
  const before = index === undefined || kind !== "added" ? names(values.before) : [];
  const after = index === undefined || kind !== "removed" ? names(values.after) : [];
  const added = after.filter((name) => !before.includes(name));
  const removed = before.filter((name) => !after.includes(name));
  const list = (/** @type {unknown[]} */ items) => items.map((name) => `\`${name}\``).join(", ");
  const tightened = added.length > 0;
  if (tightened && removed.length > 0)
    return breaking(operation, direction, `${where}: required ${list(removed)} -> ${list(added)}`, context);
  const message = tightened
    ? `${where}: ${list(added)} now required`
    : `${where}: ${list(removed)} no longer required`;
  return boundChange(operation, direction, tightened, message, context);
}

/**
 * A constraint made tighter breaks what a client sends and is a new guarantee for what it receives; made looser,
 * the other way round.
 * @param {string} operation
 * @param {Direction} direction
 * @param {boolean} tightened
 * @param {string} message
 * @param {Context} context
 * @returns {Change}
 */
function boundChange(operation, direction, tightened, message, context) {
  const breaks = direction === "sends" ? tightened : !tightened;
  return breaks
    ? breaking(operation, direction, message, context)
    : additive(operation, direction, message, context);
}

/**
 * @param {string} operation
 * @param {string[]} rest below `servers`
 * @param {Context} context
 * @returns {Change}
 */
function serverChange(operation, rest, context) {
  if (rest.some((key) => key === "description")) return docs(operation, "server description", context);
  return breaking(operation, undefined, `server ${rest.join(".") || "list"} ${context.kind}`, context);
}

/**
 * @param {string[]} segments
 * @param {Context} context
 * @returns {Change | undefined}
 */
function documentChange(segments, context) {
  const [root, group, name, ...rest] = segments;
  if (root === "servers") return serverChange("servers", segments.slice(1), context);
  if (root === "security") return breaking("security", undefined, "security requirement changed", context);
  if (root === "components") {
    if (group !== "securitySchemes") return undefined; // reported where the operations and webhooks use it
    const key = rest.at(-1);
    if (key !== undefined && (DOCS_KEYWORDS.has(key) || key.startsWith("x-")))
      return docs("security", `security scheme ${name} ${key}`, context);
    return breaking("security", undefined, `security scheme ${name} ${context.kind}`, context);
  }
  return docs(root ?? "document", segments.join("."), context);
}

/**
 * @param {string} operation
 * @param {Direction | undefined} direction
 * @param {string} message
 * @param {Context} context
 * @returns {Change}
 */
function breaking(operation, direction, message, context) {
  return change("breaking", operation, direction, message, context);
}

/**
 * @param {string} operation
 * @param {Direction | undefined} direction
 * @param {string} message
 * @param {Context} context
 * @returns {Change}
 */
function additive(operation, direction, message, context) {
  return change("additive", operation, direction, message, context);
}

/**
 * @param {string} operation
 * @param {string} what
 * @param {Context} context
 * @returns {Change}
 */
function docs(operation, what, context) {
  return change("docs-only", operation, undefined, `${what} ${context.kind}`, context);
}

/**
 * @param {ChangeClass} changeClass
 * @param {string} operation
 * @param {Direction | undefined} direction
 * @param {string} message
 * @param {Context} context
 * @returns {Change}
 */
function change(changeClass, operation, direction, message, context) {
  return {
    class: changeClass,
    operation,
    ...(direction ? { direction } : {}),
    message,
    pointer: context.pointer,
    source: "description",
  };
}

/**
 * @param {any} document
 * @param {string} pointer a parameter's pointer, or one below it
 * @param {string | undefined} index
 * @returns {{ name: string, in: string } | undefined}
 */
function parameterAt(document, pointer, index) {
  const segments = parsePointer(pointer);
  const at = segments.indexOf("parameters");
  const parameter = valueAt(document, [...segments.slice(0, at + 1), index ?? ""]);
  return parameter && typeof parameter.name === "string" ? parameter : undefined;
}

/** @param {string} pointer */
export function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * @param {any} document
 * @param {string[]} segments
 */
export function valueAt(document, segments) {
  let value = document;
  for (const segment of segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[segment];
  }
  return value;
}
