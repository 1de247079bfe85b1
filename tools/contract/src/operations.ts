import {
  child,
  dereference,
  escapePointer,
  type Located,
  listOperations,
  type OpenApiDocument,
} from "@tradespec/spec-testing";

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** The parameter object itself, after `$ref`s. */
  parameter: Located;
  /** Its schema, after `$ref`s, when it declares one. */
  schema: Located | undefined;
}

/** One operation of a description, with everything the contract suite reads from it resolved. */
export interface ContractOperation {
  /** `GET /market/candles`: the name of its test. */
  name: string;
  method: string;
  path: string;
  pointer: string;
  /** The value of `x-read-only`, or undefined when the operation does not declare it. */
  readOnly: boolean | undefined;
  /** True unless the effective `security` is empty or allows anonymous access (`{}`). */
  requiresAuth: boolean;
  parameters: ParameterSpec[];
  requestBody: Located | undefined;
  responses: Located;
}

const parameterKey = (parameter: OpenApiDocument) => `${parameter.in}:${parameter.name}`;

/** Path-item parameters overlaid by the operation's own, as OpenAPI defines it. */
function effectiveParameters(doc: OpenApiDocument, pathItem: Located, operation: Located): ParameterSpec[] {
  const byKey = new Map<string, Located>();
  for (const owner of [pathItem, operation]) {
    const list = owner.node.parameters ?? [];
    list.forEach((raw: OpenApiDocument, index: number) => {
      const located = dereference(doc, { node: raw, pointer: `${owner.pointer}/parameters/${index}` });
      byKey.set(parameterKey(located.node), located);
    });
  }
  return [...byKey.values()].map((parameter) => ({
    name: parameter.node.name,
    in: parameter.node.in,
    required: parameter.node.required === true,
    parameter,
    schema: child(doc, parameter, "schema"),
  }));
}

function requiresAuth(doc: OpenApiDocument, operation: OpenApiDocument): boolean {
  const security: OpenApiDocument[] = operation.security ?? doc.security ?? [];
  return security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
}

/** Every operation under `paths`, in document order. */
export function readOperations(doc: OpenApiDocument): ContractOperation[] {
  return listOperations(doc).map((entry) => {
    const pathItem = dereference(doc, {
      node: doc.paths[entry.path],
      pointer: `#/paths/${escapePointer(entry.path)}`,
    });
    const operation: Located = { node: entry.operation, pointer: entry.pointer };
    const readOnly = entry.operation["x-read-only"];
    return {
      name: `${entry.method.toUpperCase()} ${entry.path}`,
      method: entry.method,
      path: entry.path,
      pointer: entry.pointer,
      readOnly: typeof readOnly === "boolean" ? readOnly : undefined,
      requiresAuth: requiresAuth(doc, entry.operation),
      parameters: effectiveParameters(doc, pathItem, operation),
      requestBody: child(doc, operation, "requestBody"),
      responses: child(doc, operation, "responses") ?? { node: {}, pointer: `${entry.pointer}/responses` },
    };
  });
}

/**
 * The media types a success response offers beyond its first (Gordo's `text/csv` export besides JSON): each gets a
 * request of its own with `Accept`.
 */
export function alternativeSuccessMediaTypes(doc: OpenApiDocument, operation: ContractOperation): string[] {
  const successKey = Object.keys(operation.responses.node).find((key) => /^2(?:\d\d|XX)$/i.test(key));
  const response = successKey === undefined ? undefined : child(doc, operation.responses, successKey);
  const content = response && child(doc, response, "content");
  return Object.keys(content?.node ?? {}).slice(1);
}
