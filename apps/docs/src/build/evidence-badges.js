import { resolveRef } from "@tradespec/openapi-refs";
import { walkGrades } from "@tradespec/redocly-rules/evidence";

/**
 * What each marked grade tells a reader; documented claims, the default, carry no badge.
 * @type {Record<string, string>}
 */
export const BADGES = {
  vendor: "From the vendor's own SDK or application; the API documents are silent.",
  designed: "Our design where the documents and the vendor are silent: the real service may differ.",
};

/** @param {string} grade */
export const badge = (grade) =>
  `<span class="evidence evidence-${grade}" title="${BADGES[grade]}">${grade}</span>`;

/**
 * @param {Record<string, any>} node
 * @param {string | undefined} grade
 * @param {string | undefined} [fallback] the description to badge when `node` has none (a `$ref`'s target's)
 */
function mark(node, grade, fallback) {
  if (!grade || !(grade in BADGES)) return;
  const description = node.description ?? fallback;
  node.description = description ? `${badge(grade)} ${description}` : badge(grade);
}

/**
 * A copy of the description in which every vendor or designed schema, property, parameter and header starts its
 * description with a badge naming its grade, inherited grades resolved (see @tradespec/redocly-rules/evidence).
 * A property is marked by its presence grade, any other schema with its own `x-evidence` by that grade.
 * @param {Record<string, any>} document a bundled OpenAPI 3.1 description
 * @returns {Record<string, any>}
 */
export function withEvidenceBadges(document) {
  const copy = structuredClone(document);
  walkGrades(copy, {
    schema(schema, { grade, property, propertyGrade }) {
      if (property !== undefined) {
        /** @type {any} */
        const target = schema.$ref === undefined ? undefined : resolveRef(copy, schema);
        // A property shows its target's description, badge included: mark it only where its own grade differs.
        if (target?.["x-evidence"] !== propertyGrade) mark(schema, propertyGrade, target?.description);
      } else if (schema.$ref === undefined && schema["x-evidence"] !== undefined) {
        mark(schema, grade);
      }
    },
    parameter(parameter, { grade }) {
      mark(parameter, grade);
    },
  });
  return copy;
}
