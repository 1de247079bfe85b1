import type { OpenApiDocument } from "./bundle.js";
import { dereference, escapePointer } from "./pointer.js";

export interface ExampleCase {
  /** JSON pointer of the example value, for failure messages. */
  where: string;
  /** JSON pointer of the schema the value must satisfy. */
  schemaPointer: string;
  value: unknown;
}

/** Examples of one holder (media type, parameter, header): `example` and every `examples.*.value`. */
function holderExamples(doc: OpenApiDocument, holder: OpenApiDocument, pointer: string): ExampleCase[] {
  if (!holder?.schema) return [];
  const schemaPointer = `${pointer}/schema`;
  const cases: ExampleCase[] = [];
  if ("example" in holder) cases.push({ where: `${pointer}/example`, schemaPointer, value: holder.example });
  for (const [name, raw] of Object.entries(holder.examples ?? {})) {
    const { node, pointer: at } = dereference(doc, {
      node: raw as OpenApiDocument,
      pointer: `${pointer}/examples/${escapePointer(name)}`,
    });
    if (node && "value" in node) cases.push({ where: at, schemaPointer, value: node.value });
  }
  return cases;
}

/**
 * Every example in the document paired with the schema it illustrates: media-type, parameter and header examples
 * (`example` and named `examples`), and the `examples` array of every schema under components.
 */
export function collectExamples(doc: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (!node || typeof node !== "object") return;
    const object = node as OpenApiDocument;
    if (object.schema && (object.example !== undefined || object.examples)) {
      cases.push(...holderExamples(doc, object, pointer));
    }
    for (const [key, child] of Object.entries(object)) {
      if (key === "examples" || key === "example") continue;
      visit(child, `${pointer}/${escapePointer(key)}`);
    }
  };
  visit(doc.paths, "#/paths");
  visit(doc.webhooks, "#/webhooks");
  visit(doc.components?.responses, "#/components/responses");
  visit(doc.components?.parameters, "#/components/parameters");
  visit(doc.components?.headers, "#/components/headers");
  visit(doc.components?.requestBodies, "#/components/requestBodies");
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const examples = (schema as OpenApiDocument).examples;
    if (!Array.isArray(examples)) continue;
    const schemaPointer = `#/components/schemas/${escapePointer(name)}`;
    examples.forEach((value, index) => {
      cases.push({ where: `${schemaPointer}/examples/${index}`, schemaPointer, value });
    });
  }
  return cases;
}
