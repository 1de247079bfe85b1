/** Statuses worth another attempt: rate limited, a gateway that lost the upstream, a service briefly down. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

export interface RetrySettings {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { retries: 3, baseDelayMs: 300, maxDelayMs: 60_000 };

/** Exponential backoff with full jitter: a random wait between 0 and base * 2^(attempt - 1), capped. */
export function backoffDelay(attempt: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

const DEFAULT_REPEATABLE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(request: Request): boolean {
  return DEFAULT_REPEATABLE_METHODS.has(request.method);
}
