import {
  createGordoClient,
  type GordoClient,
  parseWebhookEvent,
  runBacktest,
  runOptimization,
} from "@tradespec/gordo";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Receiver, startReceiver } from "./support/receiver.js";

const POLL = { timeout: 30_000, interval: 50 };

let mock: Mock;
/** One receiver per test that needs one, so that no test sees another's deliveries. */
const receivers: Receiver[] = [];
beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0, sandbox: true, jobSeconds: 1, executorSeconds: 0.3 });
});
afterAll(() => Promise.all([mock?.close(), ...receivers.map((receiver) => receiver.close())]));

async function newReceiver(): Promise<Receiver> {
  const receiver = await startReceiver();
  receivers.push(receiver);
  return receiver;
}

const client = (apiKey: string): GordoClient =>
  createGordoClient({ apiKey, baseUrl: mock.baseUrl, timeoutMs: 30_000 });

/** The data of a call that must succeed. */
async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

describe("through the typed client", () => {
  it("a note written shows in the journal", async () => {
    const gordo = client("grd_flow_notes");
    const note = await data(
      gordo.POST("/analytics/notes", {
        body: { content: "Took profit early", package_id: 5, tags: ["funding"] },
      }),
    );
    expect(await data(gordo.GET("/analytics/notes"))).toContainEqual(note);
  });

  it("risk limits and the kill switch show in /risk/status", async () => {
    const gordo = client("grd_flow_risk");
    await data(gordo.PATCH("/risk/limits", { body: { max_position_usd: 2500 } }));
    expect(await data(gordo.GET("/risk/limits"))).toMatchObject({ max_position_usd: 2500 });
    expect(await data(gordo.POST("/risk/kill-switch"))).toEqual({
      kill_switch_active: true,
      action: "activated",
    });
    expect(await data(gordo.GET("/risk/status"))).toMatchObject({
      kill_switch_active: true,
      max_position_usd: 2500,
    });
  });

  it("a paused strategy shows as paused, a resumed one as active", async () => {
    const gordo = client("grd_flow_strategies");
    const params = { params: { path: { package_id: 5 } } };
    await data(gordo.POST("/strategies/{package_id}/pause", params));
    expect((await data(gordo.GET("/strategies/{package_id}", params))).state).toBe("paused");
    await data(gordo.POST("/strategies/{package_id}/resume", params));
    expect((await data(gordo.GET("/strategies/", {}))).map((strategy) => strategy.state)).toEqual(["active"]);
  });

  it("a backtest runs to its results with runBacktest, an optimization to its experiment", async () => {
    const gordo = client("grd_flow_research");
    const progress: number[] = [];
    const results = await runBacktest(
      gordo,
      { template_name: "mean_reversion", days: 90, parameters: { lookback_period: 20 } },
      { pollIntervalMs: 100, onProgress: (job) => progress.push(job.progress ?? 0) },
    );
    expect(results).toMatchObject({
      template_name: "mean_reversion",
      days: 90,
      parameters: { lookback_period: 20 },
    });
    expect(progress.at(-1)).toBe(100);
    const experiment = await runOptimization(
      gordo,
      { template_name: "mean_reversion", param_names: ["lookback_period"] },
      { pollIntervalMs: 100 },
    );
    expect(experiment).toMatchObject({
      type: "optimization",
      status: "completed",
      metrics: expect.any(Object),
    });
  });

  it("closing a position delivers signed events to a webhook created through the API", async () => {
    const gordo = client("grd_flow_close");
    const receiver = await newReceiver();
    const events = ["signal.created", "order.created", "order.filled", "position.closed"] as const;
    const webhook = await data(
      gordo.POST("/webhooks/", { body: { name: "receiver", url: receiver.url, events: [...events] } }),
    );
    const [position] = await data(gordo.GET("/positions", {}));
    if (position?.id === undefined) throw new Error("the seed has no open position");
    const closed = await data(
      gordo.POST("/positions/{position_id}/close", { params: { path: { position_id: position.id } } }),
    );
    expect(closed).toEqual({ status: "flatten_signal_emitted", position_id: position.id });

    await expect.poll(async () => (await data(gordo.GET("/positions", {}))).length, POLL).toBe(0);
    await expect.poll(() => receiver.deliveries.length, POLL).toBe(events.length);
    const received = await Promise.all(
      receiver.deliveries.map((delivery) =>
        parseWebhookEvent(delivery.rawBody, delivery.signature ?? null, webhook.secret),
      ),
    );
    expect(received.map((event) => event.event)).toEqual(events);
    const last = received.at(-1);
    if (last?.event !== "position.closed") throw new Error("position.closed was not delivered last");
    expect(last.data).toMatchObject({ position_id: position.id, entry_price: position.entry_price });
    await expect(
      parseWebhookEvent(
        receiver.deliveries[0]?.rawBody ?? "",
        receiver.deliveries[0]?.signature ?? null,
        "whsec_wrong",
      ),
    ).rejects.toThrow();

    const log = await data(
      gordo.GET("/webhooks/{webhook_id}/deliveries", { params: { path: { webhook_id: webhook.id } } }),
    );
    expect(log.map((attempt) => [attempt.event, attempt.status_code])).toEqual(
      [...events].reverse().map((event) => [event, 200]),
    );
    const [fill] = await data(gordo.GET("/fills", {}));
    const [trade] = await data(gordo.GET("/analytics/trades", {}));
    expect(fill).toMatchObject({ side: "sell", size: position.size });
    expect(trade).toMatchObject({ entry_price: position.entry_price, status: "closed" });
  });

  it("a promotion made to happen in the sandbox reaches a webhook as a typed strategy event", async () => {
    const gordo = client("grd_flow_promote");
    const receiver = await newReceiver();
    const webhook = await data(
      gordo.POST("/webhooks/", {
        body: { name: "modes", url: receiver.url, events: ["strategy.promoted", "strategy.demoted"] },
      }),
    );
    const [strategy] = await data(gordo.GET("/strategies/", {}));
    const demoted = await fetch(mock.eventUrl("strategy.demoted"), {
      method: "POST",
      headers: { "X-API-Key": "grd_flow_promote", "content-type": "application/json" },
      body: JSON.stringify({ package_id: strategy?.package_id, reason: "rolled back by hand" }),
    });
    expect(demoted.status).toBe(200);

    await expect.poll(() => receiver.deliveries.length, POLL).toBe(1);
    const [delivery] = receiver.deliveries;
    const event = await parseWebhookEvent(
      delivery?.rawBody ?? "",
      delivery?.signature ?? null,
      webhook.secret,
    );
    if (event.event !== "strategy.demoted") throw new Error(`got ${event.event}`);
    expect(event.data).toMatchObject({
      package_id: strategy?.package_id,
      from_mode: strategy?.trading_mode,
      reason: "rolled back by hand",
    });
    const [listed] = await data(gordo.GET("/strategies/", {}));
    expect(listed?.trading_mode).toBe(event.data.to_mode);
    const [deployment] = await data(gordo.GET("/strategies/deployments", {}));
    expect(deployment).toMatchObject({ action: "demote", to_mode: event.data.to_mode });
  });

  it("/account/usage counts the calls", async () => {
    const gordo = client("grd_flow_usage");
    const before = await data(gordo.GET("/account/usage"));
    await data(gordo.GET("/market/price"));
    expect((await data(gordo.GET("/account/usage"))).total_requests_today).toBe(
      before.total_requests_today + 2,
    );
  });
});

describe("two API keys in parallel", () => {
  it("never see each other's state", async () => {
    const keys = ["grd_parallel_a", "grd_parallel_b"];
    const receiver = await newReceiver();
    const runs = keys.map(async (key, index) => {
      const gordo = client(key);
      for (let n = 0; n < 5; n++) {
        await data(gordo.POST("/analytics/notes", { body: { content: `${key} note ${n}` } }));
      }
      if (index === 0) await data(gordo.POST("/risk/kill-switch"));
      await data(
        gordo.POST("/webhooks/", { body: { name: key, url: receiver.url, events: ["risk.event"] } }),
      );
      return gordo;
    });
    const [alice, bob] = await Promise.all(runs);
    if (!alice || !bob) throw new Error("unreachable");
    const contents = async (gordo: GordoClient) =>
      (await data(gordo.GET("/analytics/notes"))).map((note) => note.content);
    expect((await contents(alice)).filter((text) => text?.includes("parallel_b"))).toEqual([]);
    expect((await contents(bob)).filter((text) => text?.includes("parallel_a"))).toEqual([]);
    expect((await data(alice.GET("/risk/status"))).kill_switch_active).toBe(true);
    expect((await data(bob.GET("/risk/status"))).kill_switch_active).toBe(false);
    expect((await data(alice.GET("/webhooks/"))).map((webhook) => webhook.name)).not.toContain(keys[1]);
  });
});
