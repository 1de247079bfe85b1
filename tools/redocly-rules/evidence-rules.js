// House lint rules on evidence grades (`x-evidence`, see evidence.js): every claim is graded, and a designed claim is
// never stated as a fact (never required, never a closed enum, never an invented id format).

import {
  FACT_GRADES,
  GRADES,
  idFormClaims,
  isIdName,
  isRef,
  parameterGrade,
  propertyGrade,
  schemaGrade,
} from "./evidence.js";

const GRADE_HINT = `x-evidence: ${GRADES.join(" | ")}`;

/** A readable name for a schema location: `Order.fills[]` for a named schema, `orders.yaml#/get/...` otherwise. */
function nameOf(location) {
  const file = location.source.absoluteRef.split(/[\\/]/).pop();
  const segments = location.pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  let name;
  let rest;
  if (segments[0] === "components" && segments[1] === "schemas" && segments.length > 2) {
    [name, rest] = [segments[2], segments.slice(3)];
  } else if (/[\\/]schemas[\\/][^\\/]+\.ya?ml$/.test(location.source.absoluteRef)) {
    [name, rest] = [file.replace(/\.ya?ml$/, ""), segments];
  } else {
    return `${file}${location.pointer.replace(/^#?/, "#")}`;
  }
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "properties" && i + 1 < rest.length) name += `.${rest[++i]}`;
    else if (rest[i] === "items") name += "[]";
    else name += `/${rest[i]}`;
  }
  return name;
}

function parameterName(parameter) {
  return `Parameter \`${parameter.name}\` (${parameter.in})`;
}

/**
 * Tracks the grade of every schema, parameter and header the walker enters, so that a nested schema inherits its
 * enclosing one's. Schemas, parameters and headers nest only inside each other, so the top frame is always the
 * nearest enclosing one. `onSchema`, `onParameter`, `onHeader` see each node with its grade and the enclosing frame.
 */
function gradeTracker({ onSchema, onParameter, onHeader }) {
  const frames = [];
  const leave = () => {
    frames.pop();
  };
  return {
    Schema: {
      enter(schema, ctx) {
        const enclosing = frames.at(-1);
        const grade = schemaGrade(ctx.rawNode, schema, enclosing?.grade);
        frames.push({ grade });
        if (schema && typeof schema === "object") onSchema?.(schema, ctx, grade, enclosing);
      },
      leave,
    },
    Parameter: {
      enter(parameter, ctx) {
        const grade = parameterGrade(parameter);
        frames.push({ grade });
        onParameter?.(parameter, ctx, grade);
      },
      leave,
    },
    Header: {
      enter(header, ctx) {
        const grade = parameterGrade(header);
        frames.push({ grade });
        onHeader?.(header, ctx, grade);
      },
      leave,
    },
  };
}

function reportInvalidGrade(node, ctx) {
  const grade = node["x-evidence"];
  if (grade !== undefined && !GRADES.includes(grade)) {
    ctx.report({
      message: `x-evidence must be one of ${GRADES.join(", ")}; got ${JSON.stringify(grade)}.`,
      location: ctx.location.child("x-evidence"),
    });
  }
}

/**
 * Every schema, property, parameter and header has a grade, its own or its enclosing schema's. A schema shared through
 * `$ref` carries its own. Reported once per ungraded tree, at its outermost schema.
 */
function EvidenceGraded() {
  return gradeTracker({
    onSchema(schema, ctx, grade, enclosing) {
      reportInvalidGrade(schema, ctx);
      if (grade !== undefined) return;
      const viaRef = isRef(ctx.rawNode);
      if (!viaRef && enclosing && enclosing.grade === undefined) return;
      const ungraded = Object.entries(schema.properties ?? {})
        .filter(([, property]) => property?.["x-evidence"] === undefined)
        .map(([name]) => name);
      const shared = viaRef ? " is shared through $ref and" : "";
      const properties = ungraded.length > 0 ? ` (nor do its properties ${ungraded.join(", ")})` : "";
      ctx.report({
        message: `Schema \`${nameOf(ctx.location)}\`${shared} has no grade${properties}: add \`${GRADE_HINT}\` to it (nested schemas inherit it) or to each.`,
        location: ctx.location,
      });
    },
    onParameter(parameter, ctx, grade) {
      reportInvalidGrade(parameter, ctx);
      if (grade === undefined) {
        ctx.report({
          message: `${parameterName(parameter)} has no grade: add \`${GRADE_HINT}\` to the parameter or its schema.`,
          location: ctx.location,
        });
      }
    },
    onHeader(header, ctx, grade) {
      reportInvalidGrade(header, ctx);
      if (grade === undefined) {
        ctx.report({
          message: `Header \`${ctx.key}\` has no grade: add \`${GRADE_HINT}\` to the header or its schema.`,
          location: ctx.location,
        });
      }
    },
  });
}

/** A designed property or parameter is never required: the evidence does not show that every answer carries it. */
function EvidenceDesignedNotRequired() {
  return gradeTracker({
    onSchema(schema, ctx, grade) {
      if (!Array.isArray(schema.required)) return;
      schema.required.forEach((name, index) => {
        if (propertyGrade(schema.properties?.[name], grade) !== "designed") return;
        ctx.report({
          message: `\`${nameOf(ctx.location)}\` requires \`${name}\`, a designed property: a designed property is never required (drop it from \`required\`, or grade it documented or vendor where the evidence shows it).`,
          location: ctx.location.child(["required", index]),
        });
      });
    },
    onParameter(parameter, ctx, grade) {
      if (grade === "designed" && parameter.required === true && parameter.in !== "path") {
        ctx.report({
          message: `${parameterName(parameter)} is designed and required: a designed parameter is never required.`,
          location: ctx.location.child("required"),
        });
      }
    },
  });
}

/** A designed enum does not reject other values: the type stays open and the known values are listed beside it. */
function EvidenceDesignedEnumOpen() {
  return gradeTracker({
    onSchema(schema, ctx, grade) {
      if (grade !== "designed" || !Array.isArray(schema.enum)) return;
      ctx.report({
        message: `\`${nameOf(ctx.location)}\` is designed, and its enum [${schema.enum.join(", ")}] rejects every other value: keep the type open and list the known values in \`x-known-values\` (or the description).`,
        location: ctx.location.child("enum"),
      });
    },
  });
}

/** An id that is not documented or vendor claims nothing about its form: no pattern, no format, not integers only. */
function EvidenceIdNotInvented() {
  const check = (ctx, label, location, schema, grade) => {
    const claims = idFormClaims(schema);
    if (FACT_GRADES.includes(grade) || claims.length === 0) return;
    ctx.report({
      message: `${label} is ${grade ?? "ungraded"}, yet claims ${claims.join(", ")}: an id's form is only what the evidence shows (drop the claim, e.g. \`type: string\`, or grade it documented or vendor where the evidence shows it).`,
      location,
    });
  };
  return gradeTracker({
    onSchema(schema, ctx, grade) {
      for (const [name, raw] of Object.entries(schema.properties ?? {})) {
        if (!isIdName(name) || !raw || typeof raw !== "object") continue;
        const value = isRef(raw) ? ctx.resolve(raw).node : raw;
        const valueGrade = value?.["x-evidence"] ?? raw["x-evidence"] ?? (isRef(raw) ? undefined : grade);
        const label = `\`${nameOf(ctx.location)}.${name}\``;
        check(ctx, label, ctx.location.child(["properties", name]), value, valueGrade);
      }
    },
    onParameter(parameter, ctx, grade) {
      if (!isIdName(parameter.name) || !parameter.schema) return;
      const schema = isRef(parameter.schema) ? ctx.resolve(parameter.schema).node : parameter.schema;
      check(
        ctx,
        parameterName(parameter),
        ctx.location.child("schema"),
        schema,
        schema?.["x-evidence"] ?? grade,
      );
    },
  });
}

export const evidenceRules = {
  "evidence-graded": EvidenceGraded,
  "evidence-designed-not-required": EvidenceDesignedNotRequired,
  "evidence-designed-enum-open": EvidenceDesignedEnumOpen,
  "evidence-id-not-invented": EvidenceIdNotInvented,
};
