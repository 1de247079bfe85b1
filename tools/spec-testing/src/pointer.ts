import type { OpenApiDocument } from "./bundle.js";

/** A node of an OpenAPI document together with the JSON pointer it lives at. */
export interface Located {
  node: OpenApiDocument;
  pointer: string;
}

export const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

const unescapePointer = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/** The node a local JSON pointer (`#/components/schemas/Error`) names, or undefined. */
export function nodeAt(doc: OpenApiDocument, pointer: string): OpenApiDocument | undefined {
  if (pointer === "#") return doc;
  return pointer
    .slice(2)
    .split("/")
    .reduce<OpenApiDocument | undefined>((parent, key) => parent?.[unescapePointer(key)], doc);
}

/** Follows a chain of local `$ref`s from a node to the object it finally names. */
export function dereference(doc: OpenApiDocument, located: { node: unknown; pointer: string }): Located {
  let node = located.node as OpenApiDocument;
  let { pointer } = located;
  const seen = new Set<string>();
  while (typeof node?.$ref === "string") {
    const ref: string = node.$ref;
    if (!ref.startsWith("#/"))
      throw new Error(`${pointer}: only local $refs are supported in a bundle, got ${ref}`);
    if (seen.has(ref)) throw new Error(`${pointer}: $ref cycle through ${ref}`);
    seen.add(ref);
    const target = nodeAt(doc, ref);
    if (target === undefined) throw new Error(`${pointer}: $ref ${ref} points at nothing`);
    node = target;
    pointer = ref;
  }
  return { node, pointer };
}

/** The child of a located node under `key`, dereferenced. */
export function child(doc: OpenApiDocument, parent: Located, key: string): Located | undefined {
  const node = parent.node[key];
  if (node === undefined) return undefined;
  return dereference(doc, { node, pointer: `${parent.pointer}/${escapePointer(key)}` });
}
