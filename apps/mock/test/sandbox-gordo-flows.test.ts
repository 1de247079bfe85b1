import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { jsonApi } from "./support/api.js";
import { describedExample } from "./support/described-example.js";
import { type Receiver, startReceiver } from "./support/receiver.js";

/** Generous: the flows below take a second or two of mock time, however slow the machine. */
const POLL = { timeout: 30_000, interval: 50 };

let mock: Mock;
let receiver: Receiver;
beforeAll(async () => {
  [mock, receiver] = await Promise.all([
    startMock({ api: "gordo", port: 0, sandbox: true, jobSeconds: 1, executorSeconds: 0.3 }),
    startReceiver(),
  ]);
});
afterAll(() => Promise.all([mock?.close(), receiver?.close()]));

const asKey = (key: string) => jsonApi(mock.baseUrl, { "X-API-Key": key });

describe("risk", () => {
  it("limits changed with PATCH show in /risk/limits and /risk/status", async () => {
    const api = asKey("grd_risk");
    const status = await api.get("/risk/status");
    const changes = { max_leverage: 3, max_daily_loss_usd: 250 };
    const updated = await api.call("PATCH", "/risk/limits", changes);
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({ ...(await api.get("/risk/limits")), ...changes });
    expect(await api.get("/risk/status")).toEqual({ ...status, ...changes });
  });

  it("the kill switch toggles, shows in /risk/status and writes a risk event", async () => {
    const api = asKey("grd_kill");
    const events = await api.get("/risk/events");
    expect((await api.call("POST", "/risk/kill-switch")).body).toEqual({
      kill_switch_active: true,
      action: "activated",
    });
    expect((await api.get("/risk/status")).kill_switch_active).toBe(true);
    expect((await api.call("POST", "/risk/kill-switch")).body).toEqual({
      kill_switch_active: false,
      action: "deactivated",
    });
    expect((await api.get("/risk/status")).kill_switch_active).toBe(false);
    const after = await api.get("/risk/events?limit=500");
    expect(after).toHaveLength(events.length + 2);
    expect(after[0]).toMatchObject({ severity: "info", message: expect.stringContaining("deactivated") });
  });
});

describe("strategies", () => {
  it("pause and resume show in the list and the detail", async () => {
    const api = asKey("grd_strategies");
    const [strategy] = await api.get("/strategies/");
    const id = strategy.package_id;
    expect((await api.call("POST", `/strategies/${id}/pause`)).body).toEqual({
      status: "paused",
      package_id: id,
    });
    expect((await api.get("/strategies/"))[0].state).toBe("paused");
    expect((await api.get(`/strategies/${id}`)).state).toBe("paused");
    expect(await api.get("/strategies/?active_only=true")).toEqual([]);
    expect((await api.call("POST", `/strategies/${id}/resume`)).body).toEqual({
      status: "resumed",
      package_id: id,
    });
    expect((await api.get(`/strategies/${id}`)).state).toBe("active");
  });

  it("risk assumptions changed with PATCH show in the detail", async () => {
    const api = asKey("grd_strategy_risk");
    const [{ package_id: id }] = await api.get("/strategies/");
    const before = (await api.get(`/strategies/${id}`)).risk_assumptions;
    const updated = await api.call("PATCH", `/strategies/${id}/risk`, {
      risk_assumptions: { max_leverage: 2 },
    });
    expect(updated.body).toEqual({ package_id: id, risk_assumptions: { ...before, max_leverage: 2 } });
    expect((await api.get(`/strategies/${id}`)).risk_assumptions).toEqual({ ...before, max_leverage: 2 });
  });

  it("an unknown strategy is 404", async () => {
    expect(await asKey("grd_strategies").call("POST", "/strategies/999/pause")).toEqual({
      status: 404,
      body: { detail: "Strategy not found" },
    });
  });
});

describe("closing a position", () => {
  it("emits a flatten signal, then on the executor's next cycle closes it with a fill and a trade", async () => {
    const api = asKey("grd_close");
    const [position] = await api.get("/positions");
    const [fills, trades] = [await api.get("/fills"), await api.get("/analytics/trades")];
    const closed = await api.call("POST", `/positions/${position.id}/close`);
    expect(closed.body).toEqual({ status: "flatten_signal_emitted", position_id: position.id });
    expect((await api.get("/signals/"))[0]).toMatchObject({
      action: "flatten",
      package_id: position.package_id,
    });

    await expect.poll(() => api.get("/positions"), POLL).toEqual([]);
    const detail = await api.get(`/positions/${position.id}`);
    expect(detail).toMatchObject({
      status: "closed",
      closed_at: expect.any(String),
      realized_pnl: expect.any(Number),
    });
    const [exitFill] = await api.get("/fills");
    expect(await api.get("/fills")).toHaveLength(fills.length + 1);
    expect(exitFill).toMatchObject({ side: "sell", size: position.size, price: position.mark_price });
    expect(detail.fills.at(-1)).toEqual(exitFill);
    const [trade] = await api.get("/analytics/trades");
    expect(await api.get("/analytics/trades")).toHaveLength(trades.length + 1);
    expect(trade).toMatchObject({
      entry_price: position.entry_price,
      exit_price: position.mark_price,
      status: "closed",
    });
    expect((await api.get(`/orders/${exitFill.order_id}`)).fills).toEqual([exitFill]);
    expect(await api.call("POST", `/positions/${position.id}/close`)).toMatchObject({ status: 400 });
  });

  it("waits while the kill switch halts trading", async () => {
    const api = asKey("grd_halted");
    const [position] = await api.get("/positions");
    await api.call("POST", "/risk/kill-switch");
    await api.call("POST", `/positions/${position.id}/close`);
    const halted = Date.now();
    // Several executor cycles pass while trading is halted: the position stays open.
    await expect.poll(() => Date.now() - halted > 1_000, POLL).toBe(true);
    expect(await api.get("/positions")).toHaveLength(1);
    await api.call("POST", "/risk/kill-switch");
    await expect.poll(() => api.get("/positions"), POLL).toEqual([]);
  });
});

describe("research jobs", () => {
  it("a backtest goes queued -> running -> completed with rising progress, then has results", async () => {
    const api = asKey("grd_backtest");
    const submitted = await api.call("POST", "/research/backtest", {
      template_name: "mean_reversion",
      days: 30,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      job_id: expect.stringMatching(/^bt_[a-z0-9]{12}$/),
      status: "queued",
    });
    const { job_id: jobId, experiment_id: experimentId } = submitted.body;
    expect((await api.get("/research/experiments"))[0]).toMatchObject({ id: experimentId, type: "backtest" });
    expect(await api.call("GET", `/research/backtest/${jobId}/results`)).toMatchObject({ status: 404 });

    const seen: { status: string; progress: number }[] = [];
    await expect
      .poll(async () => {
        const job = await api.get(`/research/backtest/${jobId}`);
        seen.push({ status: job.status, progress: job.progress });
        return job.status;
      }, POLL)
      .toBe("completed");
    const progress = seen.map((step) => step.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ status: "completed", progress: 100 });

    const results = await api.get(`/research/backtest/${jobId}/results`);
    expect(results).toMatchObject({ job_id: jobId, template_name: "mean_reversion", days: 30 });
    const experiment = await api.get(`/research/experiments/${experimentId}`);
    expect(experiment).toMatchObject({
      status: "completed",
      config: { template_name: "mean_reversion", days: 30 },
    });
    expect(experiment.metrics).toMatchObject({ sharpe_ratio: results.sharpe_ratio });
  });

  it("Prefer: job=failed submits a job that fails, saying why", async () => {
    const response = await fetch(`${mock.baseUrl}/research/backtest`, {
      method: "POST",
      headers: { "X-API-Key": "grd_failing", "content-type": "application/json", Prefer: "job=failed" },
      body: JSON.stringify({ template_name: "mean_reversion", days: 30 }),
    });
    const { job_id: jobId } = await response.json();
    const api = asKey("grd_failing");
    await expect.poll(async () => (await api.get(`/research/backtest/${jobId}`)).status, POLL).toBe("failed");
    expect((await api.get(`/research/backtest/${jobId}`)).error).toMatch(/failing job/);
    // The document's loop fetches the results after `failed` too: they carry no figures, and say why.
    expect(await api.get(`/research/backtest/${jobId}/results`)).toMatchObject({
      job_id: jobId,
      sharpe_ratio: null,
      total_pnl_pct: null,
      trades: [],
      error: expect.stringMatching(/failing job/),
    });
  });
});

describe("account usage", () => {
  it("counts the requests the key makes, and shows the last one's time", async () => {
    const api = asKey("grd_live_usage_1234");
    const before = await api.get("/account/usage");
    await api.get("/market/price");
    await api.call("GET", "/market/candles?limit=5000");
    const sent = Date.now();
    const after = await api.get("/account/usage");
    expect(after.total_requests_today).toBe(before.total_requests_today + 3);
    expect(after.keys[0]).toMatchObject({
      key_prefix: "grd_live_usag",
      requests_today: before.keys[0].requests_today + 3,
    });
    const lastUsed = Date.parse(after.keys[0].last_used_at);
    expect(new Date(lastUsed).toISOString()).toBe(after.keys[0].last_used_at);
    expect(lastUsed).toBeGreaterThanOrEqual(sent);
    expect(lastUsed).toBeLessThanOrEqual(Date.now());
  });
});

describe("webhook deliveries", () => {
  it("reach a receiver subscribed to the events, signed, and show in the delivery log", async () => {
    const api = asKey("grd_deliveries");
    const events = ["signal.created", "order.created", "order.filled", "position.closed"];
    const { body: webhook } = await api.call("POST", "/webhooks/", {
      name: "e2e",
      url: receiver.url,
      events,
    });
    const [position] = await api.get("/positions");
    await api.call("POST", `/positions/${position.id}/close`);
    await expect.poll(async () => (await api.get(`/webhooks/${webhook.id}/deliveries`)).length, POLL).toBe(4);
    const deliveries = await api.get(`/webhooks/${webhook.id}/deliveries`);
    expect(deliveries.map((delivery: { event: string }) => delivery.event)).toEqual([...events].reverse());
    for (const delivery of deliveries) expect(delivery).toMatchObject({ status_code: 200, error: null });
  });

  it("go only to loopback addresses by default", async () => {
    const api = asKey("grd_elsewhere");
    const { body: webhook } = await api.call("POST", "/webhooks/", {
      name: "remote",
      url: "https://example.com/hook",
      events: ["risk.event"],
    });
    await api.call("POST", "/risk/kill-switch");
    await expect.poll(async () => (await api.get(`/webhooks/${webhook.id}/deliveries`)).length, POLL).toBe(1);
    const [delivery] = await api.get(`/webhooks/${webhook.id}/deliveries`);
    expect(delivery).toMatchObject({
      status_code: null,
      error: expect.stringContaining("--webhooks-to-any-host"),
    });
  });
});

describe("rate limits (--rate-limits)", () => {
  it("answer 429 with the document's message and Retry-After once the tier's minute is used up", async () => {
    const limited = await startMock({ api: "gordo", port: 0, sandbox: true, rateLimits: true });
    try {
      const { tier, rate_limits: limits } = describedExample(
        "gordo",
        "get /account/me",
        "200",
        "AccountProfile",
      ) as {
        tier: string;
        rate_limits: { per_minute: number };
      };
      const price = () => fetch(`${limited.baseUrl}/market/price`, { headers: { "X-API-Key": "grd_busy" } });
      for (let i = 0; i < limits.per_minute; i++) expect((await price()).status).toBe(200);
      const refused = await price();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({
        detail: `API key rate limit exceeded: ${limits.per_minute} requests/minute for ${tier} tier`,
      });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const other = await fetch(`${limited.baseUrl}/market/price`, { headers: { "X-API-Key": "grd_idle" } });
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
