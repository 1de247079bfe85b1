import { ApiError, secretsOf, sleep, unwrap } from "@tradespec/client-kit";
import type { GordoClient } from "./client.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
export type BacktestRequest = Schemas["BacktestRequest"];
export type BacktestJob = Schemas["BacktestJob"];
export type BacktestResults = Schemas["BacktestResults"];
export type OptimizationRequest = Schemas["OptimizationRequest"];
export type ExperimentDetail = Schemas["ExperimentDetail"];

export interface JobOptions<Status> {
  /** Called with every status the job reports while it is polled. */
  onProgress?: (status: Status) => void;
  /** Stops polling; the promise rejects with the signal's reason. The job itself keeps running on the server. */
  signal?: AbortSignal;
  /** Milliseconds between two polls; 3 000 unless given (what Gordo's documentation uses). */
  pollIntervalMs?: number;
}

/**
 * A research job ended with status `failed`; `message` carries Gordo's explanation. `experimentId` is known only
 * when the answers carried it (a designed field the document never shows).
 */
export class ResearchJobError extends Error {
  override readonly name = "ResearchJobError";
  constructor(
    readonly jobId: string,
    readonly experimentId: number | string | undefined,
    reason: string,
  ) {
    super(
      `research job ${jobId}${experimentId === undefined ? "" : ` (experiment ${experimentId})`} failed: ${reason}`,
    );
  }
}

const DEFAULT_POLL_INTERVAL_MS = 3_000;

/**
 * Submits a backtest (`POST /research/backtest`), polls it until it completes and returns its results.
 * Needs a key with `full` scope. The submission is sent once; only the polls are retried on transient errors.
 *
 * @throws {ResearchJobError} when the job fails; an ApiError when a call fails; the signal's reason on abort.
 */
export async function runBacktest(
  client: GordoClient,
  request: BacktestRequest,
  options: JobOptions<BacktestJob> = {},
): Promise<BacktestResults> {
  const submitted = unwrap(
    await client.POST("/research/backtest", { body: request, signal: options.signal }),
    { operation: "POST /research/backtest", client },
  );
  return waitForBacktest(client, submitted.job_id, options);
}

/** Polls an already submitted backtest until it completes, then returns its results. */
export async function waitForBacktest(
  client: GordoClient,
  jobId: string,
  options: JobOptions<BacktestJob> = {},
): Promise<BacktestResults> {
  const path = { params: { path: { job_id: jobId } }, signal: options.signal };
  const job = await pollUntilFinal(options, async () =>
    unwrap(await client.GET("/research/backtest/{job_id}", path), {
      operation: "GET /research/backtest/{job_id}",
      client,
    }),
  );
  if (job.status === "failed") {
    throw new ResearchJobError(jobId, job.experiment_id, job.error ?? "no reason given");
  }
  return unwrap(await client.GET("/research/backtest/{job_id}/results", path), {
    operation: "GET /research/backtest/{job_id}/results",
    client,
  });
}

/**
 * Submits a Bayesian optimization (`POST /research/optimize`) and polls its experiment until it completes; the
 * experiment carries the best parameters and their metrics. Needs a key with `full` scope.
 *
 * @throws {ResearchJobError} when the job fails; an ApiError when a call fails; the signal's reason on abort.
 */
export async function runOptimization(
  client: GordoClient,
  request: OptimizationRequest,
  options: JobOptions<ExperimentDetail> = {},
): Promise<ExperimentDetail> {
  const submission = await client.POST("/research/optimize", { body: request, signal: options.signal });
  const submitted = unwrap(submission, { operation: "POST /research/optimize", client });
  const experimentId = submitted.experiment_id;
  if (experimentId === undefined) {
    throw new ApiError({
      status: submission.response.status,
      operation: "POST /research/optimize",
      reason: `job ${submitted.job_id} was accepted, but the answer names no experiment_id to follow it with`,
      body: submitted,
      secrets: secretsOf(client),
    });
  }
  const experiment = await pollUntilFinal(options, async () => {
    const operation = "GET /research/experiments/{experiment_id}";
    const result = await client.GET("/research/experiments/{experiment_id}", {
      params: { path: { experiment_id: experimentId } },
      signal: options.signal,
    });
    const detail = unwrap(result, { operation, client });
    const { status } = detail;
    if (status === undefined) {
      throw new ApiError({
        status: result.response.status,
        operation,
        reason: "the experiment has no status, so its end cannot be told",
        body: detail,
        secrets: secretsOf(client),
      });
    }
    return { ...detail, status };
  });
  if (experiment.status === "failed") {
    throw new ResearchJobError(submitted.job_id, experimentId, "the optimization did not complete");
  }
  return experiment;
}

async function pollUntilFinal<Status extends { status: Schemas["ResearchJobStatus"] }>(
  options: JobOptions<Status>,
  fetchStatus: () => Promise<Status>,
): Promise<Status> {
  const interval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  if (!Number.isFinite(interval) || interval < 0) {
    throw new RangeError(`pollIntervalMs must be a number of milliseconds >= 0, got ${String(interval)}`);
  }
  for (;;) {
    options.signal?.throwIfAborted();
    const status = await fetchStatus();
    options.onProgress?.(status);
    if (status.status === "completed" || status.status === "failed") return status;
    await sleep(interval, options.signal);
  }
}
