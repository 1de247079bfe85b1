import { loadBundle } from "@tradespec/spec-testing";

/** The bundled Gordo description (dist/openapi.json), as every test reads it. */
export const gordo = loadBundle("@tradespec/spec-gordo", import.meta.url);
