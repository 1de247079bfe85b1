import { createRequire } from "node:module";
import type { Diagnostic } from "./prism-memo.js";

/*
 * prism-http's `validateAgainstSchema` for answers (no type coercion), without the fp-ts pipeline around it: in a
 * sandbox whose answer changes with every request, that pipeline cost more than AJV's check itself. The same AJV
 * (prism-http's own dependency), configured as prism-http configures it, with its date-time format and its error
 * messages. `prism-output-check.test.ts` holds the result to Prism's own, diagnostic for diagnostic.
 */

interface AjvValidate {
  (value: unknown): boolean;
  errors?: readonly object[] | null;
}
interface Ajv {
  compile(schema: object): AjvValidate;
  addFormat(name: string, format: object): void;
}
type AjvClass = new (options: object) => Ajv;

const require = createRequire(import.meta.url);
const prismRequire = createRequire(require.resolve("@stoplight/prism-http"));
const drafts = {
  default: prismRequire("ajv").default as AjvClass,
  draft2019_09: prismRequire("ajv/dist/2019").default as AjvClass,
  draft2020_12: prismRequire("ajv/dist/2020").default as AjvClass,
};
const addFormats = prismRequire("ajv-formats").default as (ajv: Ajv) => void;
const dateTime = require("@stoplight/prism-http/dist/validator/validators/dateTime") as {
  fmtDef(validate: unknown, compare: unknown): object;
  date_time: unknown;
  compareDateTime: unknown;
};
const { convertAjvErrors } = require("@stoplight/prism-http/dist/validator/validators/utils") as {
  convertAjvErrors(
    errors: readonly object[],
    severity: number,
    context: number,
    prefix: string,
  ): Diagnostic[];
};

const ERROR_SEVERITY = 0;
const DRAFT_2019_09 = /^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/;
const DRAFT_2020_12 = /^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/;
/** AJV's warnings, but not of formats it does not know (an OpenAPI description names many). */
const logger = {
  warn(...args: unknown[]) {
    if (typeof args[0] !== "string" || !args[0].startsWith("unknown format")) console.warn(...args);
  },
  log: console.log,
  error: console.error,
};

const instances = new Map<keyof typeof drafts, Ajv>();
const validators = new WeakMap<object, WeakMap<object, AjvValidate>>();
const NO_BUNDLE = {};

/** The AJV instance prism-http checks answers with, for the schema's dialect. */
function ajvFor(schema: { $schema?: unknown }): Ajv {
  const dialect = String(schema.$schema);
  const draft = DRAFT_2019_09.test(dialect)
    ? "draft2019_09"
    : DRAFT_2020_12.test(dialect)
      ? "draft2020_12"
      : "default";
  let ajv = instances.get(draft);
  if (!ajv) {
    ajv = new drafts[draft]({
      allErrors: true,
      allowUnionTypes: true,
      allowMatchingProperties: true,
      strict: false,
      coerceTypes: false,
      logger,
    });
    addFormats(ajv);
    ajv.addFormat("date-time", dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
    instances.set(draft, ajv);
  }
  return ajv;
}

function validatorOf(schema: object, bundle: unknown): AjvValidate {
  const bundleKey = typeof bundle === "object" && bundle !== null ? bundle : NO_BUNDLE;
  let bySchema = validators.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    validators.set(schema, bySchema);
  }
  let validate = bySchema.get(bundleKey);
  if (!validate) {
    validate = ajvFor(schema).compile({ ...schema, __bundled__: bundle });
    bySchema.set(bundleKey, validate);
  }
  return validate;
}

/**
 * What is wrong with `value` against `schema` (prefixed with `prefix` in paths and messages), as prism-http reports
 * it; undefined when nothing is, or when the schema cannot be compiled or checked (Prism then reports nothing too).
 */
export function schemaViolations(
  value: unknown,
  schema: object,
  context: number,
  prefix: string,
  bundle: unknown,
): Diagnostic[] | undefined {
  let validate: AjvValidate;
  try {
    validate = validatorOf(schema, bundle);
    validate(value);
  } catch {
    return undefined;
  }
  const errors = validate.errors;
  return errors && errors.length > 0 ? convertAjvErrors(errors, ERROR_SEVERITY, context, prefix) : undefined;
}
