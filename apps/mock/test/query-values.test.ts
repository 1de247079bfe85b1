import { listOperations, type Operation, type Parameter, sampleOf } from "@tradespec/openapi-operations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiName, apiProfiles } from "../src/apis.js";
import { bundlePath, readDescription } from "../src/description.js";
import { type Mock, startMock } from "../src/index.js";

const credentials: Record<ApiName, Record<string, string>> = {
  gordo: { "X-API-Key": "grd_live_test" },
  gunbot: { Authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig" },
};

const mocks = new Map<ApiName, Mock>();
beforeAll(async () => {
  for (const api of ["gordo", "gunbot"] as const) mocks.set(api, await startMock({ api, port: 0 }));
});
afterAll(() => Promise.all([...mocks.values()].map((mock) => mock.close())));

async function get(api: ApiName, pathAndQuery: string) {
  const response = await fetch(`${mocks.get(api)?.baseUrl}${pathAndQuery}`, { headers: credentials[api] });
  return { status: response.status, body: await response.json() };
}

const gordoError = (detail: string) => ({ status: 400, body: { detail } });
const isNumeric = (parameter: Parameter) =>
  ["integer", "number"].some((type) => [parameter.schema?.node.type].flat().includes(type));

/** Every query parameter of a description, with a query string of valid values for the others it requires. */
function queryParameters(api: ApiName, which: (parameter: Parameter) => boolean) {
  const description = readDescription(bundlePath(apiProfiles[api]));
  return listOperations(description)
    .filter((operation) => !operation.parameters.some((parameter) => parameter.in === "path"))
    .flatMap((operation) =>
      operation.parameters
        .filter((parameter) => parameter.in === "query" && which(parameter))
        .map((parameter) => ({
          label: `${operation.id} ${parameter.name}`,
          name: parameter.name,
          path: operation.path,
          others: validOthers(description, operation, parameter),
        })),
    );
}

function validOthers(description: Record<string, unknown>, operation: Operation, except: Parameter): string {
  const search = new URLSearchParams();
  for (const parameter of operation.parameters) {
    if (parameter === except || parameter.in !== "query" || !parameter.required) continue;
    const value = sampleOf(description, parameter)?.value;
    for (const item of [value].flat()) search.append(parameter.name, String(item));
  }
  return search.toString();
}

describe.each<ApiName>(["gordo", "gunbot"])("%s query values the description forbids", (api) => {
  const errorOf = (message: string) =>
    api === "gordo" ? { detail: message } : { status: "error", code: 400, message };

  it.each(queryParameters(api, () => true))("an empty value of $label gives 400 naming it", async (query) => {
    const answer = await get(api, `${query.path}?${query.others}&${encodeURIComponent(query.name)}=`);
    expect(answer).toEqual({
      status: 400,
      body: errorOf(`Request query parameter ${query.name} must not be empty: give a value or leave it out`),
    });
  });

  it.each(queryParameters(api, isNumeric))("1e309 for $label gives 400 naming it", async (query) => {
    const answer = await get(api, `${query.path}?${query.others}&${query.name}=1e309`);
    expect(answer).toEqual({
      status: 400,
      body: errorOf(`Request query parameter ${query.name} must be a finite number, got 1e309`),
    });
  });
});

describe("the cases the documents' readers hit", () => {
  it.each([
    ["/market/candles?limit=", "limit must not be empty: give a value or leave it out"],
    ["/market/candles?interval", "interval must not be empty: give a value or leave it out"],
    ["/market/liquidations?hours=1e309", "hours must be a finite number, got 1e309"],
    ["/signals/?package_id=-Infinity", "package_id must be a finite number, got -Infinity"],
  ])("GET %s gives 400", async (pathAndQuery, problem) => {
    expect(await get("gordo", pathAndQuery)).toEqual(gordoError(`Request query parameter ${problem}`));
  });

  it("a finite value next to a forbidden one still names only the forbidden one", async () => {
    expect(await get("gordo", "/market/liquidations?limit=10&hours=")).toEqual(
      gordoError("Request query parameter hours must not be empty: give a value or leave it out"),
    );
  });
});

describe("Gordo booleans as FastAPI reads them", () => {
  it.each(["True", "False", "true", "FALSE", "1", "0", "yes", "No", "on", "OFF", "t", "n"])(
    "active_only=%s is accepted",
    async (spelling) => {
      expect(
        (await get("gordo", `/strategies/?active_only=${spelling}&include_archived=${spelling}`)).status,
      ).toBe(200);
    },
  );

  it.each(["maybe", "2", "truee", "%20true"])("active_only=%s gives 400 naming it", async (spelling) => {
    const answer = await get("gordo", `/strategies/?active_only=${spelling}`);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toBe(
      `Request query parameter active_only must be a boolean (1, on, t, true, y, yes, 0, off, f, false, n, no), ` +
        `got ${decodeURIComponent(spelling)}`,
    );
  });
});

describe("the export's format picks the answer's media type, whatever Accept says", () => {
  const exportAs = (query: string, accept: string) =>
    fetch(`${mocks.get("gordo")?.baseUrl}/analytics/export${query}`, {
      headers: { ...credentials.gordo, accept },
    }).then((response) => response.headers.get("content-type"));

  it.each([
    ["?format=csv", "*/*", "text/csv"],
    ["?format=csv&days=90", "application/json", "text/csv"],
    ["?format=json", "text/csv", "application/json"],
    ["", "text/csv", "application/json"],
  ])("GET /analytics/export%s with Accept %s answers %s", async (query, accept, mediaType) => {
    expect(await exportAs(query, accept)).toMatch(new RegExp(`^${mediaType.replace("/", "\\/")}`));
  });
});
