import type { ApiName } from "@tradespec/mock";
import { loadBundle, type OpenApiDocument } from "@tradespec/spec-testing";

/** The bundled description of an API (`specs/<api>/dist/openapi.json`), with a hint when it was never bundled. */
export function loadDescription(api: ApiName): OpenApiDocument {
  const specPackage = `@tradespec/spec-${api}`;
  try {
    return loadBundle(specPackage, import.meta.url);
  } catch (error) {
    throw new Error(
      `Cannot read the bundled ${api} description (${specPackage}/openapi.json); ` +
        `run \`pnpm --filter ${specPackage} bundle\` first: ${(error as Error).message}`,
    );
  }
}
