import { type Fault, faultServerPerTest, inTurn, json } from "@tradespec/client-testing";
import { describe, expect, it } from "vitest";
import { createGordoClient, ResearchJobError, runBacktest, runOptimization } from "../src/index.js";

const JOB_ID = "bt_8f3a2c91d0e4";
const REQUEST = { template_name: "mean_reversion", days: 180, parameters: { lookback_period: 20 } };
const submitted = json(201, {
  job_id: JOB_ID,
  experiment_id: 311,
  status: "queued",
  created_at: "2026-02-27T08:20:00Z",
});
const job = (status: string, progress: number, error: string | null = null) =>
  json(200, {
    job_id: JOB_ID,
    experiment_id: 311,
    status,
    progress,
    error,
    created_at: "2026-02-27T08:20:00Z",
    completed_at: status === "completed" || status === "failed" ? "2026-02-27T08:24:00Z" : null,
  });
const results = json(200, { job_id: JOB_ID, sharpe_ratio: 1.42, total_pnl_pct: 12.4, trades: [] });

const startServer = faultServerPerTest("/v1");

async function clientFacing(faults: Fault[]) {
  const server = await startServer(inTurn(faults));
  const client = createGordoClient({ apiKey: "grd_live_test", baseUrl: server.baseUrl });
  return { client, paths: () => server.requests.map(({ method, path }) => `${method} ${path}`) };
}

describe("runBacktest", () => {
  it("submits once, reports progress on every poll and returns the results", async () => {
    const { client, paths } = await clientFacing([
      submitted,
      job("queued", 0),
      job("running", 45),
      job("completed", 100),
      results,
    ]);
    const progress: string[] = [];
    const outcome = await runBacktest(client, REQUEST, {
      pollIntervalMs: 1,
      onProgress: (status) => progress.push(`${status.status} ${status.progress}%`),
    });
    expect(outcome).toMatchObject({ job_id: JOB_ID, sharpe_ratio: 1.42 });
    expect(progress).toEqual(["queued 0%", "running 45%", "completed 100%"]);
    expect(paths()).toEqual([
      "POST /research/backtest",
      `GET /research/backtest/${JOB_ID}`,
      `GET /research/backtest/${JOB_ID}`,
      `GET /research/backtest/${JOB_ID}`,
      `GET /research/backtest/${JOB_ID}/results`,
    ]);
  });

  it("throws a ResearchJobError with Gordo's reason when the job fails", async () => {
    const { client, paths } = await clientFacing([
      submitted,
      job("failed", 60, "template raised: division by zero"),
    ]);
    const failure = await runBacktest(client, REQUEST, { pollIntervalMs: 1 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ResearchJobError);
    expect((failure as ResearchJobError).message).toBe(
      `research job ${JOB_ID} (experiment 311) failed: template raised: division by zero`,
    );
    expect(paths()).not.toContain(`GET /research/backtest/${JOB_ID}/results`);
  });

  it("follows a job whose answers carry only the documented fields", async () => {
    const { client } = await clientFacing([
      json(201, { job_id: JOB_ID }),
      json(200, { status: "running" }),
      json(200, { status: "failed" }),
    ]);
    const progress: string[] = [];
    const failure = runBacktest(client, REQUEST, {
      pollIntervalMs: 1,
      onProgress: (status) => progress.push(`${status.status} ${status.progress ?? 0}%`),
    });
    await expect(failure).rejects.toThrow(`research job ${JOB_ID} failed: no reason given`);
    expect(progress).toEqual(["running 0%", "failed 0%"]);
  });

  it("stops polling as soon as the signal aborts, without waiting for the interval", async () => {
    const { client, paths } = await clientFacing([submitted, job("running", 10)]);
    const controller = new AbortController();
    const started = Date.now();
    const run = runBacktest(client, REQUEST, {
      pollIntervalMs: 60_000,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("user cancelled")),
    });
    await expect(run).rejects.toThrow("user cancelled");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(paths()).toEqual(["POST /research/backtest", `GET /research/backtest/${JOB_ID}`]);
  });

  it("surfaces an HTTP error of the submission as an ApiError", async () => {
    const { client } = await clientFacing([json(403, { detail: "API key lacks the full scope" })]);
    await expect(runBacktest(client, REQUEST)).rejects.toThrow(
      "POST /research/backtest failed with HTTP 403: API key lacks the full scope",
    );
  });

  it("rejects a negative poll interval", async () => {
    const { client } = await clientFacing([submitted]);
    await expect(runBacktest(client, REQUEST, { pollIntervalMs: -1 })).rejects.toThrow(
      "pollIntervalMs must be a number of milliseconds >= 0, got -1",
    );
  });
});

describe("runOptimization", () => {
  const experiment = (status: string) =>
    json(200, {
      id: 311,
      type: "optimization",
      template_name: "mean_reversion",
      status,
      created_at: "2026-02-27T08:20:00Z",
      completed_at: null,
      config: {},
      best_parameters: status === "completed" ? { lookback_period: 24 } : null,
      metrics: null,
    });

  it("polls the experiment until it completes and returns the best parameters", async () => {
    const optimizing = json(201, {
      job_id: "opt_1a2b3c4d5e6f",
      experiment_id: 311,
      status: "queued",
      created_at: "2026-02-27T08:20:00Z",
    });
    const { client, paths } = await clientFacing([
      optimizing,
      experiment("running"),
      experiment("completed"),
    ]);
    const outcome = await runOptimization(
      client,
      { template_name: "mean_reversion", param_names: ["lookback_period"] },
      { pollIntervalMs: 1 },
    );
    expect(outcome.best_parameters).toEqual({ lookback_period: 24 });
    expect(paths()).toEqual([
      "POST /research/optimize",
      "GET /research/experiments/311",
      "GET /research/experiments/311",
    ]);
  });

  it("stops with an ApiError when the submission names no experiment to follow (a designed field)", async () => {
    const { client, paths } = await clientFacing([json(201, { job_id: "opt_1a2b3c4d5e6f" })]);
    await expect(
      runOptimization(client, { template_name: "mean_reversion", param_names: ["lookback_period"] }),
    ).rejects.toThrow(
      "POST /research/optimize failed with HTTP 201: job opt_1a2b3c4d5e6f was accepted, but the answer names no experiment_id to follow it with",
    );
    expect(paths()).toEqual(["POST /research/optimize"]);
  });

  it("stops with an ApiError instead of polling forever when the experiment has no status", async () => {
    const { id, type, template_name } = { id: 311, type: "optimization", template_name: "mean_reversion" };
    const { client } = await clientFacing([
      json(201, { job_id: "opt_1a2b3c4d5e6f", experiment_id: 311 }),
      json(200, { id, type, template_name }),
    ]);
    await expect(
      runOptimization(client, { template_name, param_names: ["lookback_period"] }, { pollIntervalMs: 1 }),
    ).rejects.toThrow("the experiment has no status, so its end cannot be told");
  });
});
