import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { ApiError, rejectMalformedJson } from "../src/index.js";
import { json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

function clientAnswering(response: Response) {
  const client = createClient<paths>({
    baseUrl: "https://api.test/v1",
    fetch: scriptedFetch(response).fetch,
  });
  client.use(rejectMalformedJson());
  return client;
}

const getPosition = (client: ReturnType<typeof clientAnswering>) =>
  client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } } });

describe("rejectMalformedJson", () => {
  it("passes valid JSON through as data", async () => {
    const { data } = await getPosition(clientAnswering(json(200, { id: "p1", size: 2, status: "open" })));
    expect(data).toEqual({ id: "p1", size: 2, status: "open" });
  });

  it("rejects a cut JSON body with an ApiError naming the operation, not a bare SyntaxError", async () => {
    const cut = new Response('{"id": "p1", "si', {
      status: 200,
      headers: { "content-type": "application/json" },
    });
    const failure = await getPosition(clientAnswering(cut)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe(
      "GET /positions/{position_id} failed with HTTP 200: response body is not valid JSON (application/json, 16 characters)",
    );
  });

  it("leaves error responses to the caller's { error }", async () => {
    const { error, response } = await getPosition(
      clientAnswering(json(404, { detail: "Position not found" })),
    );
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: "Position not found" });
  });
});
