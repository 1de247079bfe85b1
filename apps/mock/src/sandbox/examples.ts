import { resolveRef } from "@tradespec/openapi-refs";
import { type Description, isObject } from "../description.js";

/** The examples a description gives for its operations' answers, which seed a fresh sandbox. */
export interface DescribedExamples {
  /**
   * A fresh copy of the example of an operation's first 2xx answer; undefined when the description has no such
   * operation. Throws when the operation gives no example, so that a seed never silently
   * goes missing.
   */
  response(operationId: string): unknown;
  /**
   * A fresh copy of the example of an operation's JSON request body (the media type's `example`, else its first
   * named example); undefined when the description has no such operation or it gives no request example.
   */
  request(operationId: string): unknown;
  /** The example list an operation answers with; empty when the description has no such operation. */
  list<T = Record<string, unknown>>(operationId: string): T[];
  /** A copy of an extension of the description's `info`, such as `x-rate-limit-tiers`; undefined without it. */
  infoExtension(name: `x-${string}`): unknown;
}

export function describedExamples(description: Description): DescribedExamples {
  const operations = new Map<string, Record<string, unknown>>();
  const paths = isObject(description.paths) ? description.paths : {};
  for (const item of Object.values(paths)) {
    const pathItem = resolveRef(description, item);
    if (!isObject(pathItem)) continue;
    for (const operation of Object.values(pathItem)) {
      if (isObject(operation) && typeof operation.operationId === "string")
        operations.set(operation.operationId, operation);
    }
  }
  return {
    response(operationId) {
      const operation = operations.get(operationId);
      if (!operation) return undefined;
      const responses = isObject(operation.responses) ? operation.responses : {};
      const code = Object.keys(responses).find((candidate) => /^2\d\d$/.test(candidate));
      const response = code === undefined ? undefined : resolveRef(description, responses[code]);
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      const media = resolveRef(description, content["application/json"]);
      const example = isObject(media) ? exampleOf(description, media) : undefined;
      if (example === undefined) {
        throw new Error(`The description gives no example of ${operationId}'s ${code ?? "success"} answer.`);
      }
      return structuredClone(example);
    },
    request(operationId) {
      const operation = operations.get(operationId);
      const body = operation ? resolveRef(description, operation.requestBody) : undefined;
      const content = isObject(body) && isObject(body.content) ? body.content : {};
      const media = resolveRef(description, content["application/json"]);
      const example = isObject(media) ? exampleOf(description, media) : undefined;
      return example === undefined ? undefined : structuredClone(example);
    },
    infoExtension(name) {
      const info = isObject(description.info) ? description.info : {};
      return info[name] === undefined ? undefined : structuredClone(info[name]);
    },
    list<T>(operationId: string): T[] {
      const example = this.response(operationId) ?? [];
      if (!Array.isArray(example)) throw new Error(`The example of ${operationId}'s answer is not a list.`);
      return example as T[];
    },
  };
}

/** The media type's `example`, else its first `examples` entry, else its schema's first example. */
function exampleOf(description: Description, media: Record<string, unknown>): unknown {
  if (media.example !== undefined) return media.example;
  if (isObject(media.examples)) {
    const first = resolveRef(description, Object.values(media.examples)[0]);
    if (isObject(first) && first.value !== undefined) return first.value;
  }
  const schema = resolveRef(description, media.schema);
  if (isObject(schema)) {
    if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
    if (schema.example !== undefined) return schema.example;
  }
  return undefined;
}
