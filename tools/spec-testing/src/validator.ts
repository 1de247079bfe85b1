import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./bundle.js";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** OpenAPI's own schema keywords, which a plain JSON Schema validator would not know. */
const OPENAPI_KEYWORDS = ["discriminator", "xml", "externalDocs", "example"];

export interface SchemaValidator {
  /** Validates `value` against the schema at `schemaPointer` (e.g. `#/components/schemas/Error`); returns the errors. */
  validate(schemaPointer: string, value: unknown): ErrorObject[];
}

/** A JSON Schema 2020-12 validator that resolves every `$ref` against the whole document. */
export function createSchemaValidator(doc: OpenApiDocument): SchemaValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema(doc, "openapi");
  return {
    validate(schemaPointer, value) {
      const validate = ajv.getSchema(`openapi${schemaPointer}`);
      if (!validate) throw new Error(`No schema at ${schemaPointer}`);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}
