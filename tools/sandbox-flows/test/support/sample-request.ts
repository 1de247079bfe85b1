import { type OpenApiDocument, type OperationEntry, resolveRef } from "@tradespec/spec-testing";

export interface SampleRequest {
  /** Path and query below the base path, e.g. `/positions/42?mode=live`. */
  readonly target: string;
  readonly body: unknown;
}

/**
 * A request an operation's description documents: path and required query parameters from their examples (else
 * their schema's example, default or first enum value), the body from its request example.
 */
export function sampleRequest(doc: OpenApiDocument, entry: OperationEntry): SampleRequest {
  const parameters = [
    ...(resolveRef(doc, doc.paths[entry.path]).parameters ?? []),
    ...(entry.operation.parameters ?? []),
  ]
    .map((parameter: unknown) => resolveRef(doc, parameter))
    .filter(
      (parameter: OpenApiDocument) =>
        parameter.in === "path" || (parameter.in === "query" && parameter.required),
    );
  let path = entry.path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const value = sampleValue(doc, parameter);
    if (parameter.in === "path")
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else
      for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, String(item));
  }
  const search = query.toString();
  return { target: search ? `${path}?${search}` : path, body: requestExample(doc, entry.operation) };
}

function sampleValue(doc: OpenApiDocument, parameter: OpenApiDocument): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const examples = parameter.examples ? Object.values(parameter.examples) : [];
  if (examples.length > 0) return resolveRef(doc, examples[0]).value;
  const schema = resolveRef(doc, parameter.schema ?? {});
  return (
    schema.example ?? schema.examples?.[0] ?? schema.default ?? schema.enum?.[0] ?? schema.items?.example
  );
}

function requestExample(doc: OpenApiDocument, operation: OpenApiDocument): unknown {
  if (!operation.requestBody) return undefined;
  const media = resolveRef(doc, resolveRef(doc, operation.requestBody).content?.["application/json"] ?? {});
  if (media.example !== undefined) return media.example;
  const examples = media.examples ? Object.values(media.examples) : [];
  if (examples.length > 0) return resolveRef(doc, examples[0]).value;
  const schema = resolveRef(doc, media.schema ?? {});
  return schema.example ?? schema.examples?.[0];
}
