import type { OpenApiDocument } from "@tradespec/spec-testing";
import { dereference, escapePointer, type Located } from "@tradespec/spec-testing";
import type { ParameterSpec } from "./operations.js";

/** A value taken from a description, and where it was found (for messages). */
export interface Sample {
  value: unknown;
  from: string;
}

/** The first entry of an OpenAPI `examples` map (`{ name: { value } }`), after `$ref`s. */
function firstNamedExample(doc: OpenApiDocument, holder: Located): Sample | undefined {
  const [name, raw] = Object.entries(holder.node.examples ?? {})[0] ?? [];
  if (name === undefined) return undefined;
  const example = dereference(doc, {
    node: raw as OpenApiDocument,
    pointer: `${holder.pointer}/examples/${escapePointer(name)}`,
  });
  return "value" in example.node
    ? { value: example.node.value, from: `${example.pointer}/value` }
    : undefined;
}

/** A value a schema itself suggests: `default`, then the first `enum` member, `const`, the first `examples` entry. */
function schemaSample(schema: Located): Sample | undefined {
  const { node, pointer } = schema;
  if ("default" in node) return { value: node.default, from: `${pointer}/default` };
  if (Array.isArray(node.enum) && node.enum.length > 0)
    return { value: node.enum[0], from: `${pointer}/enum/0` };
  if ("const" in node) return { value: node.const, from: `${pointer}/const` };
  if (Array.isArray(node.examples) && node.examples.length > 0) {
    return { value: node.examples[0], from: `${pointer}/examples/0` };
  }
  if ("example" in node) return { value: node.example, from: `${pointer}/example` };
  return undefined;
}

/** The value to send for a parameter: its own example, else its first named example, else what its schema suggests. */
export function sampleParameter(doc: OpenApiDocument, spec: ParameterSpec): Sample | undefined {
  const { parameter } = spec;
  if ("example" in parameter.node)
    return { value: parameter.node.example, from: `${parameter.pointer}/example` };
  return firstNamedExample(doc, parameter) ?? (spec.schema && schemaSample(spec.schema));
}

/** A request body to send: the media type's first named example, else its `example`, else its schema's. */
export function sampleMediaType(doc: OpenApiDocument, mediaType: Located): Sample | undefined {
  const named = firstNamedExample(doc, mediaType);
  if (named) return named;
  if ("example" in mediaType.node)
    return { value: mediaType.node.example, from: `${mediaType.pointer}/example` };
  const schema = mediaType.node.schema;
  return schema && schemaSample(dereference(doc, { node: schema, pointer: `${mediaType.pointer}/schema` }));
}
