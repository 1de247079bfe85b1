import { join } from "node:path";
import { createGordoClient, runBacktest } from "@tradespec/gordo";
import { createGunbotClient, login } from "@tradespec/gunbot";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiName, workflowsDir } from "../src/catalog.js";
import { readOutcomes } from "../src/outcomes.js";
import { runRespect } from "../src/respect.js";
import { freshSandboxCredentials } from "../src/sandbox.js";
import { collapseRepeats, operationsOf } from "./support/operations.js";
import { type RecordedRequest, type RecordingProxy, startRecordingProxy } from "./support/recording-proxy.js";

/** Runs one workflow file through the proxy and returns the requests it made; fails if the workflow did. */
async function workflowRequests(
  proxy: RecordingProxy,
  api: ApiName,
  file: string,
  inputs: Record<string, string>,
) {
  proxy.take();
  const { report } = await runRespect({
    files: [join(workflowsDir(api), file)],
    servers: { [api]: proxy.baseUrl },
    inputs,
  });
  const [outcome] = readOutcomes(report);
  expect(outcome?.passed, JSON.stringify(outcome?.failure)).toBe(true);
  return proxy.take();
}

/** A request's shape: its operation, its query and its JSON body (ids in paths aside). */
function shapesOf(api: ApiName, requests: readonly RecordedRequest[]) {
  const operations = operationsOf(api, requests);
  return requests.map((request, index) => ({
    operation: operations[index],
    query: request.query,
    body: request.body === "" ? undefined : JSON.parse(request.body),
  }));
}

/** Consecutive polls of the same shape count once: a helper and a workflow may poll a different number of times. */
function stepsOf(api: ApiName, requests: readonly RecordedRequest[]) {
  const shapes = shapesOf(api, requests).map((shape) => JSON.stringify(shape));
  return collapseRepeats(shapes).map((shape) => JSON.parse(shape));
}

/** A recording proxy in front of each API's sandbox mock. */
let proxies: Record<ApiName, RecordingProxy>;

beforeAll(async () => {
  const mocks = inject("mocks");
  const [gordo, gunbot] = await Promise.all([
    startRecordingProxy(mocks.gordo),
    startRecordingProxy(mocks.gunbot),
  ]);
  proxies = { gordo, gunbot };
});
afterAll(async () => {
  await Promise.all(Object.values(proxies ?? {}).map((proxy) => proxy.close()));
});

describe("Gunbot's login helper and the logIn workflow", () => {
  it("send the same encrypted password to POST /auth/login; the workflow then checks the session", async () => {
    const proxy = proxies.gunbot;
    // The description's login example: `your_password` encrypted with the key `value for config.bot.gunthy_wallet`.
    const client = createGunbotClient({ baseUrl: proxy.baseUrl });
    await login(client, { password: "your_password", gunthyWallet: "value for config.bot.gunthy_wallet" });
    const helper = proxy.take();
    const workflow = await workflowRequests(proxy, "gunbot", "log-in.arazzo.yaml", {
      encryptedPassword: "ENC:vh5p6bzS8CA8wwPuZTO9Dw==",
    });

    expect(operationsOf("gunbot", helper)).toEqual(["loginWithPassword"]);
    expect(operationsOf("gunbot", workflow)).toEqual(["loginWithPassword", "checkAuthStatus"]);
    expect(shapesOf("gunbot", workflow)[0]).toEqual(shapesOf("gunbot", helper)[0]);
  });
});

describe("Gordo's runBacktest helper and the runBacktest workflow", () => {
  it("submit the same backtest, poll its job until it is final, then fetch its results", async () => {
    const proxy = proxies.gordo;
    // The document's own submission, which the workflow sends.
    const request = { template_name: "mean_reversion", days: 180, parameters: { lookback_period: 20 } };
    const client = createGordoClient({ baseUrl: proxy.baseUrl, ...(await freshSandboxCredentials("gordo")) });
    await runBacktest(client, request, { pollIntervalMs: 100 });
    const helper = proxy.take();
    const workflow = await workflowRequests(
      proxy,
      "gordo",
      "run-backtest.arazzo.yaml",
      await freshSandboxCredentials("gordo"),
    );

    const steps = [
      { operation: "startBacktest", query: "", body: request },
      { operation: "getBacktestJob", query: "", body: undefined },
      { operation: "getBacktestResults", query: "", body: undefined },
    ];
    expect(stepsOf("gordo", helper)).toEqual(steps);
    expect(stepsOf("gordo", workflow)).toEqual(steps);
    for (const requests of [helper, workflow]) {
      const jobId = JSON.parse(requests[0]?.answer ?? "{}").job_id;
      const polled = requests.slice(1).map(({ request }) => request.split(" ")[1]);
      expect(new Set(polled)).toEqual(
        new Set([`/research/backtest/${jobId}`, `/research/backtest/${jobId}/results`]),
      );
    }
  });
});
