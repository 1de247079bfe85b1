export { loadBundle, type OpenApiDocument } from "./bundle.js";
export { collectExamples, type ExampleCase } from "./examples.js";
export { isJsonMediaType } from "./media-types.js";
export { HTTP_METHODS, listOperations, type OperationEntry } from "./operations.js";
export {
  child,
  dereference,
  escapePointer,
  type Located,
  resolveRef,
} from "./pointer.js";
export { createSchemaValidator, type SchemaValidator } from "./validator.js";
