import { type Fault, faultServerPerTest, renderedFailure } from "@tradespec/client-testing";
import { describe, expect, it } from "vitest";
import { createGordoClient, exportTradesCsv, runBacktest } from "../src/index.js";

const API_KEY = "grd_live_SecretsTest0123456789";

const startServer = faultServerPerTest("/v1");

/** A client without throwOnError whose server answers every request with `answer(its X-API-Key)`. */
async function gordoAnswering(answer: (key: string) => Fault) {
  const server = await startServer((_index, request) => answer(String(request.headers["x-api-key"])));
  return createGordoClient({ baseUrl: server.baseUrl, apiKey: API_KEY, retry: false });
}

describe("the API key stays out of errors raised outside the client's middleware", () => {
  it("a research job refused with a body quoting the key", async () => {
    const gordo = await gordoAnswering((key) => ({
      kind: "respond",
      status: 403,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ detail: `key ${key} lacks the full scope` }),
    }));

    const rendered = await renderedFailure(() => runBacktest(gordo, { template_name: "momentum", days: 30 }));
    expect(rendered).toContain(
      "POST /research/backtest failed with HTTP 403: key [REDACTED] lacks the full scope",
    );
    expect(rendered).not.toContain(API_KEY);
  });

  it("a trades export answered with an HTML page quoting the key", async () => {
    const gordo = await gordoAnswering((key) => ({
      kind: "respond",
      status: 200,
      headers: { "content-type": "text/html" },
      body: `<html><body>Signed in with ${key}</body></html>`,
    }));

    const rendered = await renderedFailure(() => exportTradesCsv(gordo));
    expect(rendered).toContain("expected text/csv but received text/html");
    expect(rendered).not.toContain(API_KEY);
  });
});
