import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { CallRequest, createResilientFetch } from "../src/index.js";
import { json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const position = { id: "p1", size: 2, status: "open" };
const URL_P1 = "https://api.test/v1/positions/p1";

describe("CallRequest", () => {
  it("knows the signal its caller gave, and that nothing can abort a request given none", () => {
    const controller = new AbortController();

    expect(CallRequest.callerSignalOf(new CallRequest(URL_P1, { signal: controller.signal }))).toBe(
      controller.signal,
    );
    expect(CallRequest.callerSignalOf(new CallRequest(URL_P1))).toBeUndefined();
    const plain = new Request(URL_P1);
    expect(CallRequest.callerSignalOf(plain)).toBe(plain.signal);
    const copied = new CallRequest(plain);
    expect(CallRequest.callerSignalOf(copied)).toBe(plain.signal);
  });

  it("lets an openapi-fetch middleware return a plain Request in its place", async () => {
    const server = scriptedFetch(json(200, position));
    const client = createClient<paths>({
      baseUrl: "https://api.test/v1",
      Request: CallRequest,
      fetch: createResilientFetch({ fetch: server.fetch }),
    });
    client.use({
      onRequest: ({ request }) => new Request(request, { headers: { "X-Request-Id": "r-1" } }),
    });

    const { data } = await client.GET("/positions/{position_id}", {
      params: { path: { position_id: "p1" } },
    });

    expect(data).toEqual(position);
    expect(server.calls[0]?.headers.get("x-request-id")).toBe("r-1");
  });

  it("sends the fetch the caller's signal, or none when the caller gave none", async () => {
    const signals: Array<AbortSignal | null | undefined> = [];
    const resilientFetch = createResilientFetch({
      fetch: async (_input, init) => {
        signals.push(init?.signal);
        return json(200, position);
      },
    });
    const controller = new AbortController();

    await resilientFetch(URL_P1);
    await resilientFetch(URL_P1, { signal: controller.signal });
    await resilientFetch(URL_P1, { method: "POST", body: "{}", signal: controller.signal });

    expect(signals).toEqual([null, controller.signal, controller.signal]);
  });
});
