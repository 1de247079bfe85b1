import { type BooleanSpellings, PYDANTIC_BOOLEANS } from "./query-checks.js";

/** What the mock needs to know about each API beyond its description: its bundle, its port and how it fails. */
export type ApiName = "gordo" | "gunbot";

export interface ApiProfile {
  readonly name: ApiName;
  readonly title: string;
  /** The port `startMocks` and the CLI use unless told otherwise. */
  readonly defaultPort: number;
  /** The workspace export of the bundled description. */
  readonly bundleSpecifier: string;
  /** How the service reads a boolean query value; undefined: only `true` and `false`, as the description says. */
  readonly queryBooleans?: BooleanSpellings;
  /** The API's own error body for a failure the mock answers itself. */
  errorBody(status: number, message: string): Record<string, unknown>;
}

export const apiProfiles: Readonly<Record<ApiName, ApiProfile>> = {
  gordo: {
    name: "gordo",
    title: "Gordo Trader API",
    defaultPort: 4010,
    bundleSpecifier: "@tradespec/spec-gordo/openapi.json",
    // A FastAPI service ({"detail": ...} errors, trailing-slash routers): pydantic reads its query booleans.
    queryBooleans: PYDANTIC_BOOLEANS,
    errorBody: (_status, message) => ({ detail: message }),
  },
  gunbot: {
    name: "gunbot",
    title: "Gunbot REST API",
    defaultPort: 4011,
    bundleSpecifier: "@tradespec/spec-gunbot/openapi.json",
    errorBody: (status, message) => ({ status: "error", message, code: status }),
  },
};

export function isApiName(value: string): value is ApiName {
  return Object.hasOwn(apiProfiles, value);
}
