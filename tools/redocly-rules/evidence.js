// The evidence grade of a description's schemas, properties and parameters (`x-evidence`), and how it is inherited.
// Plain ESM without dependencies: the lint rules, the docs build and the contract suite all read grades through it.

/** documented: a seed document states or shows it; vendor: the vendor's SDK or application shows it; designed: ours. */
export const GRADES = ["documented", "vendor", "designed"];

/** Grades that are facts: a response that breaks them is wrong; one that breaks a designed claim is design drift. */
export const FACT_GRADES = ["documented", "vendor"];

export function isRef(node) {
  return node !== null && typeof node === "object" && typeof node.$ref === "string";
}

/**
 * The grade of a schema's own claims (type, enum, format, pattern, nested shape): its own `x-evidence`, else the
 * enclosing schema's, parameter's or header's grade. A schema reached through `$ref` inherits nothing: it is shared,
 * so it carries its own grade.
 * @param {object} raw the schema as written (may be a `$ref` object)
 * @param {object} resolved the schema after resolving `raw`'s `$ref` (the same object when it is inline)
 * @param {string | undefined} enclosing the grade of the enclosing schema, parameter or header
 */
export function schemaGrade(raw, resolved, enclosing) {
  return resolved?.["x-evidence"] ?? (isRef(raw) ? undefined : enclosing);
}

/**
 * The grade of a property's presence in its object (what `required` claims): an `x-evidence` written on the property
 * (beside its `$ref`, or inline), else the enclosing object's grade.
 */
export function propertyGrade(rawProperty, objectGrade) {
  return rawProperty?.["x-evidence"] ?? objectGrade;
}

/** The grade of a parameter or header: its own `x-evidence`, else the one on its inline schema. */
export function parameterGrade(parameter) {
  const schema = parameter?.schema;
  return parameter?.["x-evidence"] ?? (isRef(schema) ? undefined : schema?.["x-evidence"]);
}

/** `id`, `order_id`, `orderId`: names whose format a description must not invent. */
export function isIdName(name) {
  return typeof name === "string" && /^(id|.+_id|.*[a-z]Id)$/.test(name);
}

/** The claims about an id's form that go beyond "an opaque value": pattern, format, integers only. */
export function idFormClaims(schema) {
  if (!schema || typeof schema !== "object") return [];
  const claims = [];
  if (schema.pattern !== undefined) claims.push(`pattern ${JSON.stringify(schema.pattern)}`);
  if (schema.format !== undefined) claims.push(`format ${JSON.stringify(schema.format)}`);
  const types = [schema.type].flat().filter((type) => type !== undefined && type !== "null");
  if (types.length > 0 && types.every((type) => type === "integer")) claims.push("type integer");
  return claims;
}
