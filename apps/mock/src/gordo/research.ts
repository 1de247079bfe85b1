import { created, ok } from "../sandbox/answers.js";
import { type JobProgress, jobProgress } from "../sandbox/jobs.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { notFound } from "./errors.js";
import type { GordoState, Item, ResearchJob } from "./state.js";

/** `Prefer: job=failed` submits a job that fails, to build a client's error path. */
const FAILING_JOB = /(^|[\s,;])job=failed\b/;

/**
 * Research: a submitted backtest or optimization is queued, then runs with rising progress, then completes (or
 * fails, when asked to) after `jobSeconds`; its experiment shows in the list at once, and its results and metrics
 * when it completes.
 */
export const research: ResourceModule<GordoState> = {
  startBacktest: (call) => submit(call, "backtest"),
  startOptimization: (call) => submit(call, "optimization"),

  getBacktestJob: (call) => {
    const job = findJob(call);
    if (!job)
      return call.state.backtestResults.has(call.path.job_id ?? "") ? undefined : notFound("Backtest job");
    const progress = progressOf(call, job);
    return ok({
      job_id: job.job_id,
      experiment_id: job.experiment_id,
      status: progress.status,
      progress: progress.progress,
      error: progress.status === "failed" ? failure(job) : null,
      created_at: job.submittedAt.toISOString(),
      completed_at: progress.finishedAt?.toISOString() ?? null,
    });
  },

  getBacktestResults: (call) => {
    const job = findJob(call);
    const status = job && progressOf(call, job).status;
    const stored = call.state.backtestResults.get(call.path.job_id ?? "");
    if (stored) return ok(stored);
    if (!job) return notFound("Backtest job");
    return notFound(`Results of backtest ${job.job_id} (it is ${status})`);
  },

  listExperiments: (call) => {
    for (const job of call.state.jobs) progressOf(call, job);
    return ok(call.state.experiments);
  },

  getExperiment: (call) => {
    for (const job of call.state.jobs) progressOf(call, job);
    const id = Number(call.path.experiment_id);
    const detail = call.state.experimentDetails.get(id);
    if (detail) return ok(detail);
    // A seeded experiment the seed gives no detail for: the description's example stands in.
    return call.state.experiments.some((experiment) => experiment.id === id)
      ? undefined
      : notFound("Experiment");
  },
};

function submit(call: SandboxCall<GordoState>, kind: ResearchJob["kind"]) {
  const { state, sandbox } = call;
  const request = call.body as Item;
  const job: ResearchJob = {
    job_id: `${kind === "backtest" ? "bt" : "opt"}_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`,
    experiment_id: state.ids.experiment.next(),
    kind,
    request,
    submittedAt: sandbox.now(),
    fails: FAILING_JOB.test(String(call.headers.prefer ?? "")),
  };
  state.jobs.push(job);
  const experiment = {
    id: job.experiment_id,
    type: kind,
    template_name: request.template_name,
    status: "queued",
    created_at: job.submittedAt.toISOString(),
    completed_at: null,
  };
  state.experiments.unshift(experiment);
  state.experimentDetails.set(job.experiment_id, {
    ...experiment,
    config: request,
    best_parameters: null,
    metrics: null,
  });
  return created({
    job_id: job.job_id,
    experiment_id: job.experiment_id,
    status: "queued",
    created_at: experiment.created_at,
  });
}

function findJob({ state, path }: SandboxCall<GordoState>): ResearchJob | undefined {
  return state.jobs.find((job) => job.job_id === path.job_id && job.kind === "backtest");
}

/** Where the job stands now; brings its experiment up to date and, once it completed, stores its results. */
function progressOf({ state, sandbox }: SandboxCall<GordoState>, job: ResearchJob): JobProgress {
  const progress = jobProgress(job.submittedAt, sandbox.options.jobSeconds, job.fails, sandbox.now());
  const completedAt = progress.finishedAt?.toISOString() ?? null;
  const listed = state.experiments.find((experiment) => experiment.id === job.experiment_id);
  const detail = state.experimentDetails.get(job.experiment_id);
  if (listed?.status === progress.status && detail?.status === progress.status) return progress;
  sandbox.changed();
  for (const experiment of [listed, detail]) {
    if (experiment) Object.assign(experiment, { status: progress.status, completed_at: completedAt });
  }
  if (progress.status === "completed" && detail && detail.metrics === null) {
    const outcome = outcomeOf(state, job);
    Object.assign(detail, { best_parameters: outcome.parameters, metrics: outcome.metrics });
    if (job.kind === "backtest") state.backtestResults.set(job.job_id, outcome.results);
  }
  if (progress.status === "failed" && job.kind === "backtest" && !state.backtestResults.has(job.job_id)) {
    state.backtestResults.set(job.job_id, failedResults(state, job));
  }
  return progress;
}

/**
 * A completed job's outcome: the figures of the description's example results, for the parameters the job was
 * submitted with (an optimization reports the example's best parameters).
 */
function outcomeOf(state: GordoState, job: ResearchJob) {
  const example = state.exampleResults;
  const request = job.request;
  const parameters =
    job.kind === "backtest" ? (request.parameters ?? {}) : (state.exampleExperiment?.best_parameters ?? {});
  const results: Item = {
    ...example,
    job_id: job.job_id,
    template_name: request.template_name,
    days: request.days ?? example.days,
    coin: request.coin ?? example.coin,
    parameters,
  };
  const metrics = {
    sharpe_ratio: results.sharpe_ratio,
    total_pnl_pct: results.total_pnl_pct,
    max_drawdown_pct: results.max_drawdown_pct,
    total_trades: results.total_trades,
  };
  return { parameters, metrics, results };
}

/** A failed backtest's results (DECISIONS.md): what was asked, no figures, no trades, and why it failed. */
function failedResults(state: GordoState, job: ResearchJob): Item {
  const { results } = outcomeOf(state, job);
  return {
    job_id: results.job_id,
    template_name: results.template_name,
    days: results.days,
    coin: results.coin,
    parameters: results.parameters,
    sharpe_ratio: null,
    total_pnl_pct: null,
    max_drawdown_pct: null,
    win_rate: null,
    profit_factor: null,
    total_trades: 0,
    trades: [],
    error: failure(job),
  };
}

function failure(job: ResearchJob): string {
  return `The ${job.kind} failed: the sandbox was asked for a failing job (Prefer: job=failed)`;
}
