import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { apiKeyAuth, bearerAuth } from "../src/index.js";
import { json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const position = { id: "p1", size: 2, status: "open" };

describe("apiKeyAuth", () => {
  it("sends the key in the named header", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({ baseUrl: "https://api.test/v1", fetch: server.fetch });
    client.use(apiKeyAuth("X-API-Key", "grd_live_abc"));

    await client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });

    expect(server.calls[0]?.headers.get("x-api-key")).toBe("grd_live_abc");
  });

  it("leaves a header the request sets itself alone", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({ baseUrl: "https://api.test/v1", fetch: server.fetch });
    client.use(apiKeyAuth("X-API-Key", "grd_live_abc"));

    await client.GET("/positions/{position_id}", {
      params: { path: { position_id: "p1" } },
      headers: { "X-API-Key": "grd_live_other" },
    });

    expect(server.calls[0]?.headers.get("x-api-key")).toBe("grd_live_other");
  });

  it("rejects an empty key, a bad header name and a key with a line break, without quoting the key", () => {
    expect(() => apiKeyAuth("X-API-Key", "  ")).toThrow("apiKeyAuth: the API key is empty");
    expect(() => apiKeyAuth("X API Key", "k")).toThrow(
      'apiKeyAuth: "X API Key" is not a valid HTTP header name',
    );
    expect(() => apiKeyAuth("X-API-Key", "grd_live_\nhidden")).toThrow(/^(?!.*hidden).*line break/);
  });
});

describe("bearerAuth", () => {
  it("sends the token current at request time, and nothing before there is one", async () => {
    let token: string | undefined;
    const server = scriptedFetch(json(200, position), json(200, position));
    const client = createClient<paths>({ baseUrl: "http://gunbot.test:3000/api/v1", fetch: server.fetch });
    client.use(bearerAuth(() => token));
    const getPosition = () =>
      client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });

    await getPosition();
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig";
    await getPosition();

    expect(server.calls[0]?.headers.has("authorization")).toBe(false);
    expect(server.calls[1]?.headers.get("authorization")).toBe(`Bearer ${token}`);
  });

  it("fails the request with a clear error for a token no header can carry, without quoting it", async () => {
    const client = createClient<paths>({
      baseUrl: "http://gunbot.test:3000/api/v1",
      fetch: scriptedFetch().fetch,
    });
    client.use(bearerAuth(() => "tok€n-hidden"));

    const call = client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });

    await expect(call).rejects.toThrow(
      /^bearerAuth: the bearer token contains characters an HTTP header cannot/,
    );
    await expect(call).rejects.not.toThrow(/hidden/);
  });
});
