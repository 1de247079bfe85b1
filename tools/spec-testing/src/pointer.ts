import { escapePointer, followRefs } from "@tradespec/openapi-refs";
import type { OpenApiDocument } from "./bundle.js";

export { escapePointer } from "@tradespec/openapi-refs";

/** A node of an OpenAPI document together with the JSON pointer it lives at. */
export interface Located {
  node: OpenApiDocument;
  pointer: string;
}

/** Follows a chain of local `$ref`s from a node to the object it finally names. */
export function dereference(doc: OpenApiDocument, located: { node: unknown; pointer: string }): Located {
  const { node, pointer } = followRefs(doc, located.node, located.pointer);
  return { node: node as OpenApiDocument, pointer: pointer ?? located.pointer };
}

/** The value `node` names once its local `$ref`s are followed (`node` itself when it has none). */
export function resolveRef(doc: OpenApiDocument, node: unknown): OpenApiDocument {
  return followRefs(doc, node).node as OpenApiDocument;
}

/** The child of a located node under `key`, dereferenced. */
export function child(doc: OpenApiDocument, parent: Located, key: string): Located | undefined {
  const node = parent.node[key];
  if (node === undefined) return undefined;
  return dereference(doc, { node, pointer: `${parent.pointer}/${escapePointer(key)}` });
}
