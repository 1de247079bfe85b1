import { listOperations, type ParameterLocation } from "@tradespec/openapi-operations";
import { child, type Located, type OpenApiDocument } from "@tradespec/spec-testing";

export type { ParameterLocation };

export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** The parameter object itself, after `$ref`s. */
  parameter: Located;
  /** Its schema, after `$ref`s, when it declares one. */
  schema: Located | undefined;
  /** Its `x-selects-media-type`: the media type each value asks for. */
  selectsMediaType: Readonly<Record<string, string>> | undefined;
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

/** Every operation under `paths`, in document order. */
export function readOperations(doc: OpenApiDocument): ContractOperation[] {
  return listOperations(doc).map((operation) => ({
    name: operation.id,
    method: operation.method,
    path: operation.path,
    pointer: operation.pointer,
    readOnly: operation.readOnly,
    requiresAuth: operation.requiresAuth,
    parameters: operation.parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      parameter: { node: parameter.node, pointer: parameter.pointer },
      schema: parameter.schema,
      selectsMediaType: parameter.selectsMediaType,
    })),
    requestBody: operation.requestBody,
    responses: operation.responses,
  }));
}

/**
 * The media types a success response offers beyond its first (Gordo's `text/csv` export besides JSON), each with the
 * query values that ask for it where a parameter picks the media type (`x-selects-media-type`): each gets a request
 * of its own with `Accept` and those values.
 */
export function alternativeSuccessMediaTypes(
  doc: OpenApiDocument,
  operation: ContractOperation,
): Array<{ mediaType: string; query: Record<string, string> }> {
  const successKey = Object.keys(operation.responses.node).find((key) => /^2(?:\d\d|XX)$/i.test(key));
  const response = successKey === undefined ? undefined : child(doc, operation.responses, successKey);
  const content = response && child(doc, response, "content");
  return Object.keys(content?.node ?? {})
    .slice(1)
    .map((mediaType) => ({ mediaType, query: selectingQuery(operation, mediaType) }));
}

function selectingQuery(operation: ContractOperation, mediaType: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const { name, in: location, selectsMediaType } of operation.parameters) {
    const value = Object.entries(selectsMediaType ?? {}).find(([, selected]) => selected === mediaType)?.[0];
    if (location === "query" && value !== undefined) query[name] = value;
  }
  return query;
}
