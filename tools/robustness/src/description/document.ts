import { loadBundle, type OpenApiDocument } from "@tradespec/spec-testing";

export type ApiName = "gordo" | "gunbot";

/** The bundled description of one API, as its spec package exports it. */
export function loadDescription(api: ApiName): OpenApiDocument {
  return loadBundle(`@tradespec/spec-${api}`, import.meta.url);
}

const unescapePointer = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
export const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Follows local `$ref`s until it reaches a value; returns the value and the pointer it was found at. */
export function resolve(
  doc: OpenApiDocument,
  node: unknown,
  pointer: string,
): { node: OpenApiDocument; pointer: string } {
  let current = node as OpenApiDocument;
  let at = pointer;
  const seen = new Set<string>();
  while (current && typeof current.$ref === "string") {
    const ref: string = current.$ref;
    if (!ref.startsWith("#/") || seen.has(ref)) throw new Error(`Cannot follow $ref ${ref} at ${at}`);
    seen.add(ref);
    at = ref;
    current = ref
      .slice(2)
      .split("/")
      .reduce<OpenApiDocument>((parent, key) => parent?.[unescapePointer(key)], doc);
  }
  return { node: current, pointer: at };
}
