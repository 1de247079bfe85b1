import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked generically
export type OpenApiDocument = Record<string, any>;

/** Reads the JSON bundle a spec package exports, e.g. `loadBundle("@tradespec/spec-gordo", import.meta.url)`. */
export function loadBundle(specPackage: string, from: string): OpenApiDocument {
  const path = createRequire(from).resolve(`${specPackage}/openapi.json`);
  return JSON.parse(readFileSync(path, "utf8"));
}
