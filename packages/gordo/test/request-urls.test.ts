import { describe, expect, it } from "vitest";
import { createGordoClient } from "../src/index.js";

/** A client whose fetch records each request and answers 200 `[]`. */
function recordingClient() {
  const sent: string[] = [];
  const client = createGordoClient({
    apiKey: "grd_live_test",
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      sent.push(`${request.method} ${url.pathname}${url.search}`);
      return Response.json([]);
    },
  });
  return { client, sent };
}

describe("the Gordo client sends what the description says", () => {
  it("spells paths, path parameters and queries as the API does", async () => {
    const { client, sent } = recordingClient();
    await client.GET("/market/candles", { params: { query: { interval: "1h", limit: 100 } } });
    await client.POST("/positions/{position_id}/close", { params: { path: { position_id: 42 } } });
    await client.POST("/analytics/notes", { body: { content: "Took profit early" } });
    expect(sent).toEqual([
      "GET /v1/market/candles?interval=1h&limit=100",
      "POST /v1/positions/42/close",
      "POST /v1/analytics/notes",
    ]);
  });
});
