import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiName, apiProfiles } from "../src/apis.js";
import { bundlePath, readDescription } from "../src/description.js";
import { type Mock, startMock } from "../src/index.js";
import type { PrismOperation, ValidatedCall } from "../src/prism-engine.js";
import { ok } from "../src/sandbox/answers.js";
import { createSandboxes } from "../src/sandbox/sandbox.js";
import type { ApiBehaviour } from "../src/sandbox/types.js";
import { sandboxesFor } from "../src/sandboxes.js";
import { jsonApi } from "./support/api.js";
import { startEngineServer, TEST_SANDBOX_OPTIONS } from "./support/engine-server.js";
import { CREDENTIALS, exampleCalls } from "./support/example-calls.js";
import { type Call, exchange } from "./support/exchange.js";
import { startReceiver } from "./support/receiver.js";

/*
 * A sandbox gives a read's remembered answer again only while it is the answer it would make anew. With
 * `memoize: "checked"` it makes every remembered answer anew as well and logs each one that differs.
 */

/** How the checked memory's log lines begin (the sandbox also logs webhooks it may not deliver). */
const DIFFERS = "The remembered answer";
/** Generous: deliveries and the executor take milliseconds of mock time, however slow the machine. */
const POLL = { timeout: 30_000, interval: 50 };

/** With the credential and without Prefer: the example calls a sandbox handler answers. */
function answeredBySandbox(api: ApiName, call: Call): boolean {
  const names = Object.keys(call.headers).map((name) => name.toLowerCase());
  return Object.keys(CREDENTIALS[api]).every((name) => names.includes(name)) && !names.includes("prefer");
}

describe.each<ApiName>(["gordo", "gunbot"])("the %s sandbox's remembered reads", (api) => {
  it("are the answers made anew, for every example call the sandbox answers, twice in a row, in two rounds", async () => {
    const logged: string[] = [];
    const description = readDescription(bundlePath(apiProfiles[api]));
    const sandboxes = sandboxesFor(api, description, {
      ...TEST_SANDBOX_OPTIONS,
      memoize: "checked",
      log: (line) => {
        if (line.startsWith(DIFFERS)) logged.push(line);
      },
    });
    const { server, baseUrl } = await startEngineServer(api, sandboxes.responder, true);
    try {
      for (let round = 0; round < 2; round += 1) {
        for (const call of exampleCalls(api).filter((call) => answeredBySandbox(api, call))) {
          await exchange(baseUrl, call);
          await exchange(baseUrl, call);
        }
      }
    } finally {
      await server.close();
      sandboxes.close();
    }
    expect(logged).toEqual([]);
  });
});

describe("a Gordo sandbox's read answered before", () => {
  let mock: Mock;
  beforeAll(async () => {
    mock = await startMock({ api: "gordo", port: 0, sandbox: true, jobSeconds: 1 });
  });
  afterAll(() => mock?.close());

  it("shows a webhook delivery logged after it was read", async () => {
    const receiver = await startReceiver();
    try {
      const api = jsonApi(mock.baseUrl, { "X-API-Key": "grd_memory_delivery" });
      const { body: webhook } = await api.call("POST", "/webhooks/", {
        name: "memory",
        url: receiver.url,
        events: ["strategy.promoted", "strategy.demoted"],
      });
      const deliveries = `/webhooks/${webhook.id}/deliveries`;
      expect([await api.get(deliveries), await api.get(deliveries)]).toEqual([[], []]);
      const [strategy] = await api.get("/strategies/");
      const event = strategy.trading_mode === "live" ? "strategy.demoted" : "strategy.promoted";
      const moved = await fetch(mock.eventUrl(event), {
        method: "POST",
        headers: { "X-API-Key": "grd_memory_delivery", "content-type": "application/json" },
        body: JSON.stringify({ package_id: strategy.package_id }),
      });
      expect(moved.status).toBe(200);
      await expect.poll(async () => (await api.get(deliveries)).length, POLL).toBe(1);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("shows a job's progress, read again and again until it completes", async () => {
    const api = jsonApi(mock.baseUrl, { "X-API-Key": "grd_memory_job" });
    const { body: job } = await api.call("POST", "/research/backtest", {
      template_name: "mean_reversion",
      days: 30,
    });
    expect(job.status).toBe("queued");
    await expect
      .poll(async () => (await api.get(`/research/backtest/${job.job_id}`)).status, POLL)
      .toBe("completed");
    const experiment = await api.get(`/research/experiments/${job.experiment_id}`);
    expect(experiment.status).toBe("completed");
  });
});

describe("the checked memory", () => {
  const state = { value: 1 };
  const behaviour: ApiBehaviour<typeof state> = {
    sandboxKey: () => undefined,
    carriesCredential: () => false,
    createState: () => state,
    resources: [{ readValue: (call) => ok(call.state.value) }],
  };
  const operation = { iid: "readValue", path: "/value", request: {} } as unknown as PrismOperation;
  const read: ValidatedCall = {
    operation,
    request: { method: "GET", path: "/value", query: {}, headers: {}, body: null },
    violations: [],
    prefers: false,
    same: {},
  };
  const description = readDescription(bundlePath(apiProfiles.gordo));

  it("logs a remembered answer that a change nobody reported made wrong", () => {
    const logged: string[] = [];
    const sandboxes = createSandboxes(description, behaviour, {
      ...TEST_SANDBOX_OPTIONS,
      memoize: "checked",
      log: (line) => logged.push(line),
    });
    state.value = 1;
    expect(sandboxes.responder(read)?.body).toBe(1);
    state.value = 2;
    expect(sandboxes.responder(read)?.body).toBe(2);
    expect(logged).toEqual(["The remembered answer to readValue differs from the answer made anew."]);
  });

  it("is what the unchecked memory would have given", () => {
    const sandboxes = createSandboxes(description, behaviour, { ...TEST_SANDBOX_OPTIONS, log: () => {} });
    state.value = 1;
    expect(sandboxes.responder(read)?.body).toBe(1);
    state.value = 2;
    expect(sandboxes.responder(read)?.body).toBe(1);
  });
});
