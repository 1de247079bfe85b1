/** @param {string} segment a property name, as a JSON pointer segment (RFC 6901) */
export const escapePointer = (segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** @param {string} segment */
const unescapePointer = (segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
const isObject = (value) => typeof value === "object" && value !== null;

/**
 * The node a local JSON pointer (`#/components/schemas/Error`) names in `document`, or undefined.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {any}
 */
export function nodeAt(document, pointer) {
  if (pointer === "#") return document;
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .reduce((node, segment) => (isObject(node) ? node[unescapePointer(segment)] : undefined), document);
}

/**
 * Follows a chain of local `$ref`s, as `redocly bundle` leaves them, from `node` (found at `pointer`) to the value it
 * finally names, and where that value lives. A reference outside the document, a cycle or a reference to nothing
 * throws an Error that names the reference and where it was met.
 * @param {unknown} document
 * @param {unknown} node
 * @param {string} [pointer]
 * @returns {{ node: any, pointer: string | undefined }}
 */
export function followRefs(document, node, pointer) {
  let current = node;
  let at = pointer;
  const seen = new Set();
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    const where = at === undefined ? "" : ` (at ${at})`;
    if (!ref.startsWith("#/"))
      throw new Error(`Cannot follow $ref "${ref}"${where}: only local references are supported.`);
    if (seen.has(ref)) throw new Error(`Cannot follow $ref "${ref}"${where}: the references form a cycle.`);
    seen.add(ref);
    current = nodeAt(document, ref);
    if (current === undefined)
      throw new Error(`Cannot follow $ref "${ref}"${where}: nothing is at that location.`);
    at = ref;
  }
  return { node: current, pointer: at };
}

/**
 * The value `node` names once its local `$ref`s are followed (`node` itself when it has none); see `followRefs`.
 * @param {unknown} document
 * @param {unknown} node
 * @returns {any}
 */
export const resolveRef = (document, node) => followRefs(document, node).node;
