import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { apiKeyHeader, bearerHeaders } from "../src/index.js";
import { json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const position = { id: "p1", size: 2, status: "open" };
const getPosition = (client: ReturnType<typeof createClient<paths>>, headers?: Record<string, string>) =>
  client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } }, headers });

describe("apiKeyHeader", () => {
  it("sends the key in the named header as one of the client's default headers", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({
      baseUrl: "https://api.test/v1",
      fetch: server.fetch,
      headers: apiKeyHeader("X-API-Key", " grd_live_abc\t"),
    });

    await getPosition(client);

    expect(server.calls[0]?.headers.get("x-api-key")).toBe("grd_live_abc");
  });

  it("gives way to a header the request sets itself", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({
      baseUrl: "https://api.test/v1",
      fetch: server.fetch,
      headers: apiKeyHeader("X-API-Key", "grd_live_abc"),
    });

    await getPosition(client, { "X-API-Key": "grd_live_other" });

    expect(server.calls[0]?.headers.get("x-api-key")).toBe("grd_live_other");
  });

  it("rejects an empty key, a bad header name, a key that is not a string and a key with a line break, without quoting the key", () => {
    expect(() => apiKeyHeader("X-API-Key", "  ")).toThrow("apiKeyHeader: the API key is empty");
    expect(() => apiKeyHeader("X API Key", "k")).toThrow(
      'apiKeyHeader: "X API Key" is not a valid HTTP header name',
    );
    expect(() => apiKeyHeader("X-API-Key", 42 as unknown as string)).toThrow(
      "apiKeyHeader: the API key must be a string, got number",
    );
    expect(() => apiKeyHeader("X-API-Key", "grd_live_\nhidden")).toThrow(/^(?!.*hidden).*line break/);
  });
});

describe("bearerHeaders", () => {
  it("sends the token set last, and nothing while there is none", async () => {
    const server = scriptedFetch(json(200, position), json(200, position), json(200, position));
    const auth = bearerHeaders();
    const client = createClient<paths>({
      baseUrl: "http://gunbot.test:3000/api/v1",
      fetch: server.fetch,
      headers: auth.headers,
    });
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig";

    await getPosition(client);
    auth.setToken(token);
    await getPosition(client);
    auth.setToken(undefined);
    await getPosition(client);

    expect(server.calls.map((call) => call.headers.get("authorization"))).toEqual([
      null,
      `Bearer ${token}`,
      null,
    ]);
  });

  it("starts with the token it is given and gives way to an Authorization header the request sets", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({
      baseUrl: "http://gunbot.test:3000/api/v1",
      fetch: server.fetch,
      headers: bearerHeaders("first").headers,
    });

    await getPosition(client, { Authorization: "Bearer second" });

    expect(server.calls[0]?.headers.get("authorization")).toBe("Bearer second");
    expect(bearerHeaders("first").headers).toEqual({ Authorization: "Bearer first" });
  });

  it("refuses a token no header can carry when it is set, without quoting it, and keeps the previous one", () => {
    const auth = bearerHeaders("good");

    expect(() => auth.setToken("tok€n-hidden")).toThrow(
      /^bearerHeaders: the bearer token contains characters an HTTP header cannot(?!.*hidden)/,
    );
    expect(auth.headers).toEqual({ Authorization: "Bearer good" });
  });
});
