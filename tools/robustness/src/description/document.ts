import { loadBundle, type OpenApiDocument } from "@tradespec/spec-testing";

export type ApiName = "gordo" | "gunbot";

/** The bundled description of one API, as its spec package exports it. */
export function loadDescription(api: ApiName): OpenApiDocument {
  return loadBundle(`@tradespec/spec-${api}`, import.meta.url);
}
