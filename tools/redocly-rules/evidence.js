// The evidence grade of a description's schemas, properties and parameters (`x-evidence`), and how it is inherited.
// Plain ESM: the lint rules, the docs build and the contract suite all read grades through it.

import { escapePointer } from "@tradespec/openapi-refs";

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

const SCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs"];
const SCHEMA_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"];
const SCHEMA_SINGLES = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Walks a bundled description (components, paths and webhooks) with the grade of everything it visits.
 * `visit.schema(schema, info)` sees every schema object (of components, parameters, headers, request and response
 * bodies) outermost first, so it may change a schema before its nested ones are visited: `info.grade` is the
 * schema's grade (`schemaGrade`; undefined for a `$ref`, whose target is visited as a component), `info.property`
 * the property name when the schema is one, with `info.propertyGrade` its presence grade (`propertyGrade`).
 * `visit.parameter(parameter, info)` sees every parameter and header object (`$ref`s where they lead).
 * @param {object} document
 * @param {{
 *   schema?: (schema: object, info: { pointer: string, grade?: string, property?: string, propertyGrade?: string }) => void,
 *   parameter?: (parameter: object, info: { pointer: string, grade?: string }) => void,
 * }} visit
 */
export function walkGrades(document, visit) {
  const walkSchema = (schema, pointer, enclosing, property) => {
    if (!schema || typeof schema !== "object") return;
    const grade = isRef(schema) ? undefined : schemaGrade(schema, schema, enclosing);
    const propertyInfo =
      property === undefined ? {} : { property, propertyGrade: propertyGrade(schema, enclosing) };
    visit.schema?.(schema, { pointer, grade, ...propertyInfo });
    if (isRef(schema)) return;
    for (const key of SCHEMA_MAPS) {
      for (const [name, nested] of Object.entries(schema[key] ?? {})) {
        walkSchema(
          nested,
          `${pointer}/${key}/${escapePointer(name)}`,
          grade,
          key === "properties" ? name : undefined,
        );
      }
    }
    for (const key of SCHEMA_LISTS) {
      (Array.isArray(schema[key]) ? schema[key] : []).forEach((nested, index) => {
        walkSchema(nested, `${pointer}/${key}/${index}`, grade);
      });
    }
    for (const key of SCHEMA_SINGLES) walkSchema(schema[key], `${pointer}/${key}`, grade);
  };
  const walkContent = (content, pointer, enclosing) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      walkSchema(media?.schema, `${pointer}/${escapePointer(type)}/schema`, enclosing);
    }
  };
  const walkParameter = (parameter, pointer) => {
    if (!parameter || isRef(parameter)) return;
    const grade = parameterGrade(parameter);
    visit.parameter?.(parameter, { pointer, grade });
    walkSchema(parameter.schema, `${pointer}/schema`, grade);
    walkContent(parameter.content, `${pointer}/content`, grade);
  };
  const walkResponse = (response, pointer) => {
    if (!response || isRef(response)) return;
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      walkParameter(header, `${pointer}/headers/${escapePointer(name)}`);
    }
    walkContent(response.content, `${pointer}/content`);
  };
  const walkRequestBody = (body, pointer) => {
    if (body && !isRef(body)) walkContent(body.content, `${pointer}/content`);
  };
  const walkPathItems = (items, pointer) => {
    for (const [path, item] of Object.entries(items ?? {})) {
      const itemPointer = `${pointer}/${escapePointer(path)}`;
      (item?.parameters ?? []).forEach((parameter, index) => {
        walkParameter(parameter, `${itemPointer}/parameters/${index}`);
      });
      for (const method of METHODS) {
        const operation = item?.[method];
        if (!operation) continue;
        const at = `${itemPointer}/${method}`;
        (operation.parameters ?? []).forEach((parameter, index) => {
          walkParameter(parameter, `${at}/parameters/${index}`);
        });
        walkRequestBody(operation.requestBody, `${at}/requestBody`);
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          walkResponse(response, `${at}/responses/${escapePointer(status)}`);
        }
      }
    }
  };
  const components = document.components ?? {};
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    walkSchema(schema, `#/components/schemas/${escapePointer(name)}`);
  }
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) {
    walkParameter(parameter, `#/components/parameters/${escapePointer(name)}`);
  }
  for (const [name, header] of Object.entries(components.headers ?? {})) {
    walkParameter(header, `#/components/headers/${escapePointer(name)}`);
  }
  for (const [name, body] of Object.entries(components.requestBodies ?? {})) {
    walkRequestBody(body, `#/components/requestBodies/${escapePointer(name)}`);
  }
  for (const [name, response] of Object.entries(components.responses ?? {})) {
    walkResponse(response, `#/components/responses/${escapePointer(name)}`);
  }
  walkPathItems(document.paths, "#/paths");
  walkPathItems(document.webhooks, "#/webhooks");
}
