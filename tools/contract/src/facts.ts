import { propertyGrade, walkGrades } from "@tradespec/redocly-rules/evidence";
import type { OpenApiDocument } from "@tradespec/spec-testing";

/** What a designed schema claims about a value by itself; its nested schemas are loosened by their own grades. */
const DESIGNED_CLAIMS = [
  "type",
  "enum",
  "const",
  "format",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
  "dependentRequired",
  "oneOf",
  "anyOf",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
];

/**
 * A copy of the description whose schemas claim only facts (what is documented or shown by the vendor, see
 * @tradespec/redocly-rules/evidence): a designed schema loses its own claims (type, enum, format, bounds, required,
 * closed objects, unions), a documented or vendor object no longer requires its designed properties. A response
 * valid against it and not against the description differs only in designed claims: design drift, not a violation.
 */
export function factsOnly(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  walkGrades(copy, {
    schema(schema: Record<string, unknown>, { grade }) {
      if (grade === "designed") {
        for (const keyword of DESIGNED_CLAIMS) delete schema[keyword];
        if (typeof schema.additionalProperties === "boolean") delete schema.additionalProperties;
        if (typeof schema.unevaluatedProperties === "boolean") delete schema.unevaluatedProperties;
        return;
      }
      if (!Array.isArray(schema.required)) return;
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      schema.required = schema.required.filter(
        (name) => propertyGrade(properties[name], grade) !== "designed",
      );
    },
  });
  return copy;
}
