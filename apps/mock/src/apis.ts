/** What the mock needs to know about each API beyond its description: where it lives and how it fails. */
export type ApiName = "gordo" | "gunbot";

export interface ApiProfile {
  readonly name: ApiName;
  readonly title: string;
  /** The path of the documents' server URL, which Prism ignores and the front server strips. */
  readonly basePath: string;
  /** The port `startMocks` and the CLI use unless told otherwise. */
  readonly defaultPort: number;
  /** The workspace export of the bundled description. */
  readonly bundleSpecifier: string;
  /** The API's own error body for a failure the mock answers itself. */
  errorBody(status: number, message: string): Record<string, unknown>;
}

export const apiProfiles: Readonly<Record<ApiName, ApiProfile>> = {
  gordo: {
    name: "gordo",
    title: "Gordo Trader API",
    basePath: "/v1",
    defaultPort: 4010,
    bundleSpecifier: "@tradespec/spec-gordo/openapi.json",
    errorBody: (_status, message) => ({ detail: message }),
  },
  gunbot: {
    name: "gunbot",
    title: "Gunbot REST API",
    basePath: "/api/v1",
    defaultPort: 4011,
    bundleSpecifier: "@tradespec/spec-gunbot/openapi.json",
    errorBody: (status, message) => ({ status: "error", message, code: status }),
  },
};

export function isApiName(value: string): value is ApiName {
  return Object.hasOwn(apiProfiles, value);
}
