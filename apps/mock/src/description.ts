import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveRef } from "@tradespec/openapi-refs";
import { type ApiProfile, apiProfiles, isApiName } from "./apis.js";

/** A parsed OpenAPI document: plain JSON, read only through the helpers below. */
export type Description = Record<string, unknown>;

/** The path of an API's bundled description, as exported by its spec package. */
export function bundlePath(profile: ApiProfile): string {
  try {
    return fileURLToPath(import.meta.resolve(profile.bundleSpecifier));
  } catch {
    throw new Error(
      `The ${profile.title} description bundle (${profile.bundleSpecifier}) is missing: ` +
        `run \`pnpm --filter @tradespec/spec-${profile.name} bundle\` first.`,
    );
  }
}

export function readDescription(path: string): Description {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read the description ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`The description ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed) || typeof parsed.openapi !== "string") {
    throw new Error(`The description ${path} is not an OpenAPI document (no "openapi" field).`);
  }
  return parsed;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Tells a client how the document expects it to authenticate, e.g. "the X-API-Key header". */
export function describeCredentials(description: Description): string {
  const components = isObject(description.components) ? description.components : {};
  const schemes = isObject(components.securitySchemes) ? Object.values(components.securitySchemes) : [];
  const phrases = schemes
    .map((scheme) => resolveRef(description, scheme))
    .filter(isObject)
    .map((scheme) => {
      if (scheme.type === "apiKey") return `an API key in the ${String(scheme.in)} "${String(scheme.name)}"`;
      if (scheme.type === "http" && scheme.scheme === "bearer")
        return "a token in the header Authorization: Bearer <token>";
      return `the ${String(scheme.type)} credentials`;
    });
  return phrases.length > 0 ? phrases.join(" or ") : "credentials";
}

export function resolveApiName(value: string): ApiProfile {
  if (!isApiName(value)) {
    throw new Error(`Unknown API "${value}": expected one of ${Object.keys(apiProfiles).join(", ")}.`);
  }
  return apiProfiles[value];
}
