// House lint rules for both descriptions, loaded by redocly.yaml as the `house` plugin.

import { evidenceRules } from "./evidence-rules.js";

/** Every operation declares the error responses every caller must handle (per-API list in redocly.yaml). */
function OperationHasErrorResponses({ codes = ["401", "500"], unlessUnsecured = ["401"] }) {
  return {
    Operation(operation, ctx) {
      const responses = operation.responses ?? {};
      const unsecured = Array.isArray(operation.security) && operation.security.length === 0;
      for (const code of codes) {
        if (unsecured && unlessUnsecured.includes(code)) continue;
        if (!(code in responses)) {
          ctx.report({
            message: `Operation must declare a ${code} response (house convention).`,
            location: ctx.location.child("responses"),
          });
        }
      }
    },
  };
}

/** operationIds start with one of the house verbs, in camelCase: `listOrders`, `closePosition`. */
function OperationIdVerb({ verbs = [] }) {
  const pattern = new RegExp(`^(${verbs.join("|")})[A-Z][A-Za-z0-9]*$`);
  return {
    Operation(operation, ctx) {
      if (operation.operationId && !pattern.test(operation.operationId)) {
        ctx.report({
          message: `operationId "${operation.operationId}" must be camelCase and start with one of: ${verbs.join(", ")}.`,
          location: ctx.location.child("operationId"),
        });
      }
    },
  };
}

/** Every operation names the API-key scope it needs in `x-required-scope`, one of the allowed values. */
function OperationHasScope({ scopes = [] }) {
  return {
    Operation(operation, ctx) {
      const scope = operation["x-required-scope"];
      if (!scopes.includes(scope)) {
        ctx.report({
          message: `Operation must declare x-required-scope as one of: ${scopes.join(", ")}.`,
          location: ctx.location.child("x-required-scope"),
        });
      }
    },
  };
}

/**
 * Every operation says whether it only reads (`x-read-only: true`): clients retry only those, and contract tests run
 * only those against a real account. A GET is always read-only; some POSTs (Gunbot) are reads too.
 */
function OperationReadOnlyFlag() {
  return {
    Operation(operation, ctx) {
      const flag = operation["x-read-only"];
      if (typeof flag !== "boolean") {
        ctx.report({
          message: "Operation must declare x-read-only: true or false.",
          location: ctx.location.child("x-read-only"),
        });
      } else if (ctx.key === "get" && !flag) {
        ctx.report({
          message: "A GET operation must be x-read-only: true.",
          location: ctx.location.child("x-read-only"),
        });
      }
    },
  };
}

export default function housePlugin() {
  return {
    id: "house",
    rules: {
      oas3: {
        "operation-has-error-responses": OperationHasErrorResponses,
        "operation-id-verb": OperationIdVerb,
        "operation-has-scope": OperationHasScope,
        "operation-read-only-flag": OperationReadOnlyFlag,
        ...evidenceRules,
      },
    },
  };
}
