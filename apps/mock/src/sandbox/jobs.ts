/** A background job's progress, as a function of time: queued, then running with rising progress, then final. */
export interface JobProgress {
  readonly status: "queued" | "running" | "completed" | "failed";
  /** Percent done, 0 to 100. */
  readonly progress: number;
  /** When the job reached its final state; undefined before. */
  readonly finishedAt: Date | undefined;
}

/** The share of a job's time it spends queued before it starts running. */
const QUEUED_SHARE = 0.1;

/**
 * Where a job submitted at `submittedAt` and lasting `seconds` stands at `now`. A failing job fails halfway; a
 * job of 0 seconds is final at once.
 */
export function jobProgress(submittedAt: Date, seconds: number, fails: boolean, now: Date): JobProgress {
  const durationMs = seconds * 1000 * (fails ? 0.5 : 1);
  const elapsed = now.getTime() - submittedAt.getTime();
  if (elapsed >= durationMs) {
    const finishedAt = new Date(submittedAt.getTime() + durationMs);
    return fails
      ? { status: "failed", progress: 50, finishedAt }
      : { status: "completed", progress: 100, finishedAt };
  }
  const share = elapsed / (seconds * 1000);
  if (share < QUEUED_SHARE) return { status: "queued", progress: 0, finishedAt: undefined };
  const progress = Math.min(99, Math.max(1, Math.floor(share * 100)));
  return { status: "running", progress, finishedAt: undefined };
}
