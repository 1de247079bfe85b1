export { loadBundle, type OpenApiDocument } from "./bundle.js";
export { collectExamples, type ExampleCase } from "./examples.js";
export { HTTP_METHODS, listOperations, type OperationEntry } from "./operations.js";
export { createSchemaValidator, type SchemaValidator } from "./validator.js";
