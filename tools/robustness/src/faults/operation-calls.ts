import { locate, schemaSample } from "@tradespec/openapi-operations";
import type { OpenApiDocument } from "@tradespec/spec-testing";
import fc from "fast-check";
import type { OperationTarget, ParameterTarget } from "../description/targets.js";
import { schemaValue } from "../fuzz/schema-values.js";

/** openapi-fetch's `request(method, path, init)`, for calling operations chosen from the description at run time. */
export interface UntypedClient {
  request(
    method: string,
    path: string,
    init: { params: OperationCall["params"]; body?: unknown; headers: Record<string, string> },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** The arguments for one operation: its documented example body and parameters. */
export interface OperationCall {
  id: string;
  method: string;
  path: string;
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  body: unknown;
}

/** A call for `target` built from the description's sample values (or, lacking one, a value generated from the schema). */
export function operationCall(doc: OpenApiDocument, target: OperationTarget): OperationCall {
  const required = target.parameters.filter((parameter) => parameter.required);
  const byPlace = (place: ParameterTarget["in"]) =>
    Object.fromEntries(required.filter((p) => p.in === place).map((p) => [p.name, exampleOf(doc, p.schema)]));
  return {
    id: target.id,
    method: target.method,
    path: target.path,
    params: { path: byPlace("path"), query: byPlace("query") },
    body: target.body?.schema ? exampleOf(doc, target.body.schema) : undefined,
  };
}

function exampleOf(doc: OpenApiDocument, schema: unknown): unknown {
  const located = locate(doc, schema, "#");
  const sample = schemaSample(located);
  if (sample) return sample.value;
  const [value] = fc.sample(schemaValue(doc, located.node), { numRuns: 1, seed: 1 });
  return value;
}
