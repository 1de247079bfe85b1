import { sampleOf } from "@tradespec/openapi-operations";
import type { OpenApiDocument } from "@tradespec/spec-testing";
import { child, isJsonMediaType } from "@tradespec/spec-testing";
import type { ContractOperation, ParameterLocation } from "./operations.js";

export type SentLocation = Exclude<ParameterLocation, "cookie">;

/** A request for one operation, in the shape openapi-fetch takes (`params`, `body`). */
export interface OperationRequest {
  params: Record<SentLocation, Record<string, unknown>>;
  body?: { mediaType: string; value: unknown };
  /** The media type asked for with `Accept`, when the operation answers in more than one. */
  accept?: string;
}

/** Thrown when a description lacks what it takes to build a valid request. */
export class RequestPlanError extends Error {
  override name = "RequestPlanError";
}

/** The media type a request body is sent as: JSON when offered, else the first one declared. */
function requestMediaType(content: OpenApiDocument): string | undefined {
  const types = Object.keys(content);
  return types.find(isJsonMediaType) ?? types[0];
}

/**
 * A valid request for an operation, built only from its description: every parameter that has a sample value
 * (`sampleOf`: an example, else the schema's example, const, default or enum), and the request body's. Fails with the operation and the field when
 * a required parameter or body has nothing to send.
 */
export function buildValidRequest(doc: OpenApiDocument, operation: ContractOperation): OperationRequest {
  const params: OperationRequest["params"] = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    const sample = sampleOf(doc, parameter.parameter);
    if (parameter.in === "cookie") {
      if (parameter.required) {
        throw new RequestPlanError(`${operation.name}: cookie parameter "${parameter.name}" cannot be sent`);
      }
      continue;
    }
    if (sample) {
      params[parameter.in][parameter.name] = sample.value;
    } else if (parameter.required || parameter.in === "path") {
      throw new RequestPlanError(
        `${operation.name}: required ${parameter.in} parameter "${parameter.name}" has no example, default or enum ` +
          `(${parameter.parameter.pointer})`,
      );
    }
  }
  const body = operation.requestBody && buildBody(doc, operation);
  return body ? { params, body } : { params };
}

function buildBody(doc: OpenApiDocument, operation: ContractOperation): OperationRequest["body"] {
  const requestBody = operation.requestBody;
  if (!requestBody) return undefined;
  const content = child(doc, requestBody, "content");
  const mediaType = content && requestMediaType(content.node);
  const media = content && mediaType ? child(doc, content, mediaType) : undefined;
  const sample = media && sampleOf(doc, media);
  if (mediaType && sample) return { mediaType, value: sample.value };
  if (requestBody.node.required === true) {
    throw new RequestPlanError(
      `${operation.name}: the required request body has no example (${requestBody.pointer})`,
    );
  }
  return undefined;
}
