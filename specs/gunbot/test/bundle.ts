import { loadBundle } from "@tradespec/spec-testing";

/** The bundled description (dist/openapi.json), as `pnpm bundle` writes it. */
export const gunbot = loadBundle("@tradespec/spec-gunbot", import.meta.url);
