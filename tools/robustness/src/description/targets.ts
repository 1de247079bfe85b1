import { child, type Located, listOperations, type Operation } from "@tradespec/openapi-operations";
import { escapePointer, type OpenApiDocument } from "@tradespec/spec-testing";

export interface ParameterTarget {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  /** OpenAPI's `allowEmptyValue`: whether an empty query value is allowed. */
  allowEmptyValue: boolean;
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
  /** Pointer of the schema of each declared response, by status, then by media type. */
  responseSchemas: Map<string, Map<string, string>>;
  readOnly: boolean;
}

/** Every operation of the description with its parameters, body, declared responses and security. */
export function operationTargets(doc: OpenApiDocument): OperationTarget[] {
  return listOperations(doc).map((operation) => ({
    id: operation.id,
    method: operation.method.toUpperCase(),
    path: operation.path,
    parameters: operation.parameters.filter(isSent).map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      allowEmptyValue: parameter.node.allowEmptyValue === true,
      schema: parameter.schema?.node ?? {},
    })),
    body: operation.requestBody && bodyTarget(operation.requestBody),
    secured: operation.requiresAuth,
    statuses: Object.keys(operation.responses.node),
    responseSchemas: responseSchemas(doc, operation.responses),
    readOnly: operation.readOnly === true,
  }));
}

function isSent(
  parameter: Operation["parameters"][number],
): parameter is Operation["parameters"][number] & { in: ParameterTarget["in"] } {
  return parameter.in !== "cookie";
}

function bodyTarget({ node }: Located): BodyTarget {
  const content = (node.content ?? {}) as OpenApiDocument;
  return {
    required: node.required === true,
    mediaTypes: Object.keys(content),
    schema: content["application/json"]?.schema,
  };
}

function responseSchemas(doc: OpenApiDocument, responses: Located) {
  const schemas = new Map<string, Map<string, string>>();
  for (const status of Object.keys(responses.node)) {
    const response = child(doc, responses, status);
    const byMediaType = new Map<string, string>();
    for (const [mediaType, media] of Object.entries((response?.node.content ?? {}) as OpenApiDocument)) {
      if (media?.schema)
        byMediaType.set(mediaType, `${response?.pointer}/content/${escapePointer(mediaType)}/schema`);
    }
    if (byMediaType.size > 0) schemas.set(status, byMediaType);
  }
  return schemas;
}
