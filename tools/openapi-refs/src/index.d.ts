/** A property name as a JSON pointer segment (RFC 6901): `~` becomes `~0`, `/` becomes `~1`. */
export declare function escapePointer(segment: string): string;

/** The node a local JSON pointer (`#/components/schemas/Error`) names in `document`, or undefined. */
export declare function nodeAt(document: unknown, pointer: string): unknown;

/**
 * Follows a chain of local `$ref`s from `node` (found at `pointer`) to the value it finally names, and where that
 * value lives; throws an Error naming the reference for one outside the document, a cycle or a reference to nothing.
 */
export declare function followRefs(
  document: unknown,
  node: unknown,
  pointer?: string,
): { node: unknown; pointer: string | undefined };

/** The value `node` names once its local `$ref`s are followed (`node` itself when it has none). */
export declare function resolveRef(document: unknown, node: unknown): unknown;
