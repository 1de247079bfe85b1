import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { workflowsDir } from "../src/catalog.js";
import { readOutcomes } from "../src/outcomes.js";
import { runRespect } from "../src/respect.js";
import { freshSandboxCredentials } from "../src/sandbox.js";
import { type RecordingProxy, startRecordingProxy } from "./support/recording-proxy.js";

let proxy: RecordingProxy;
let prices = 0;

beforeAll(async () => {
  // The first price request answers the description's 429, as a key over its limit gets; the next ones pass.
  proxy = await startRecordingProxy(
    inject("mocks").gordo,
    (request): Record<string, string> =>
      request === "GET /market/price" && prices++ === 0 ? { Prefer: "code=429" } : {},
  );
});
afterAll(async () => {
  await proxy?.close();
});

it("backOffOnRateLimit waits and sends the read-only request again after a 429, then passes", async () => {
  const { report } = await runRespect({
    files: [join(workflowsDir("gordo"), "rate-limit-back-off.arazzo.yaml")],
    servers: { gordo: proxy.baseUrl },
    inputs: await freshSandboxCredentials("gordo"),
  });
  const [outcome] = readOutcomes(report);

  expect(outcome?.passed, JSON.stringify(outcome?.failure)).toBe(true);
  expect(proxy.take().map(({ request, status }) => `${request} ${status}`)).toEqual([
    "GET /account/me 200",
    "GET /market/price 429",
    "GET /market/price 200",
  ]);
});
