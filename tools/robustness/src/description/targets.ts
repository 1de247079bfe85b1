import { dereference, escapePointer, listOperations, type OpenApiDocument } from "@tradespec/spec-testing";

export interface ParameterTarget {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: OpenApiDocument;
}

export interface BodyTarget {
  required: boolean;
  /** Media types the operation accepts, e.g. ["application/json"]. */
  mediaTypes: string[];
  schema: OpenApiDocument | undefined;
}

/** What the fuzzer needs to know about one operation, read from the description. */
export interface OperationTarget {
  /** "POST /positions/{position_id}/close" */
  id: string;
  method: string;
  path: string;
  parameters: ParameterTarget[];
  body: BodyTarget | undefined;
  /** True unless the operation opts out of security with `security: []`. */
  secured: boolean;
  /** Declared response status codes, e.g. ["200", "400", "401"]. */
  statuses: string[];
  /** Pointer of the JSON schema of each declared response, by status. */
  responseSchemas: Map<string, string>;
  readOnly: boolean;
}

/** Every operation of the description with its parameters, body, declared responses and security. */
export function operationTargets(doc: OpenApiDocument): OperationTarget[] {
  return listOperations(doc).map(({ method, path, pointer, operation }) => {
    const pathItem = doc.paths[path] as OpenApiDocument;
    const declared = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])];
    const parameters = declared
      .map((raw: unknown) => dereference(doc, { node: raw, pointer }).node)
      .filter((parameter: OpenApiDocument) => ["path", "query", "header"].includes(parameter.in))
      .map(
        (parameter: OpenApiDocument): ParameterTarget => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true,
          schema: parameter.schema ?? {},
        }),
      );
    const security = operation.security ?? doc.security ?? [];
    return {
      id: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters,
      body: bodyTarget(doc, operation.requestBody, `${pointer}/requestBody`),
      secured: security.length > 0 && !security.some((entry: object) => Object.keys(entry).length === 0),
      statuses: Object.keys(operation.responses ?? {}),
      responseSchemas: responseSchemas(doc, operation.responses ?? {}, `${pointer}/responses`),
      readOnly: operation["x-read-only"] === true,
    };
  });
}

function bodyTarget(doc: OpenApiDocument, raw: unknown, pointer: string): BodyTarget | undefined {
  if (raw === undefined) return undefined;
  const { node } = dereference(doc, { node: raw, pointer });
  const content = (node.content ?? {}) as OpenApiDocument;
  return {
    required: node.required === true,
    mediaTypes: Object.keys(content),
    schema: content["application/json"]?.schema,
  };
}

function responseSchemas(doc: OpenApiDocument, responses: OpenApiDocument, pointer: string) {
  const schemas = new Map<string, string>();
  for (const [status, raw] of Object.entries(responses)) {
    const { node, pointer: at } = dereference(doc, { node: raw, pointer: `${pointer}/${status}` });
    if (node.content?.["application/json"]?.schema) {
      schemas.set(status, `${at}/content/${escapePointer("application/json")}/schema`);
    }
  }
  return schemas;
}
