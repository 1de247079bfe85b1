import { ApiError } from "./api-error.js";
import { classifyNetworkFailure, type NetworkFailure } from "./network-failure.js";
import type { RateLimiter } from "./rate-limiter.js";
import { parseRetryAfter } from "./response-details.js";
import { NOT_SAFE_TO_REPEAT, noteUnretried } from "./retry-notes.js";
import {
  backoffDelay,
  DEFAULT_RETRY,
  isSafeMethod,
  RETRYABLE_STATUSES,
  type RetrySettings,
} from "./retry-policy.js";
import { sleep as defaultSleep, type Sleep } from "./sleep.js";

export interface ResilientFetchOptions {
  /** The fetch that sends each attempt; `globalThis.fetch` at call time by default. */
  fetch?: typeof fetch;
  /** Per attempt, until the response headers arrive; combined with the caller's AbortSignal. Default 30 000. */
  timeoutMs?: number;
  /** Exponential backoff with full jitter; `false` sends every request once. */
  retry?: Partial<RetrySettings> | false;
  /** Which requests may be sent again after they may have reached the server. Default: GET, HEAD, OPTIONS. */
  isRepeatable?: (request: Request) => boolean;
  /** Acquired before every attempt, retries included. */
  rateLimiter?: RateLimiter;
  random?: () => number;
  sleep?: Sleep;
}

const DEFAULT_TIMEOUT_MS = 30_000;

const MAY_HAVE_ARRIVED = `${NOT_SAFE_TO_REPEAT} and the request may have reached the server`;

/**
 * A fetch for openapi-fetch's `fetch` option that adds per-attempt timeouts, a rate limit and retries. A request is
 * repeated only when `isRepeatable` allows it, or when it provably never reached the server (connection refused,
 * DNS failure); a request that may place, close or cancel an order is never sent twice.
 */
export function createResilientFetch(options: ResilientFetchOptions = {}): typeof fetch {
  const retry = retrySettings(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  requireNumber(timeoutMs, "timeoutMs", 1);
  const isRepeatable = options.isRepeatable ?? isSafeMethod;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const { rateLimiter } = options;

  /**
   * One attempt, aborted by its own timer or by the caller. Node 20 follows signals through weak references: a
   * signal from `AbortSignal.any()`, or one given to a throwaway Request, can be garbage-collected while the request
   * waits, and the timeout is lost. So the attempt's controller is held by its timer and listener, and its signal
   * goes to fetch in `init`, where fetch's own Request, alive until the response arrives, follows it.
   */
  async function send(request: Request, extension: RequestInit | undefined): Promise<Response> {
    request.signal.throwIfAborted();
    const attempt = new AbortController();
    const abortWithCaller = () => attempt.abort(request.signal.reason);
    request.signal.addEventListener("abort", abortWithCaller, { once: true });
    const timer = setTimeout(() => attempt.abort(new TimedOut(timeoutMs)), timeoutMs);
    try {
      // A body can be sent only once, so each attempt sends a copy; a body-less request is sent as it is.
      const sent = request.body === null ? request : request.clone();
      return await (options.fetch ?? globalThis.fetch)(sent, { ...extension, signal: attempt.signal });
    } catch (error) {
      if (attempt.signal.reason instanceof TimedOut && !request.signal.aborted) throw attempt.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", abortWithCaller);
    }
  }

  return async function resilientFetch(input, init) {
    // openapi-fetch passes a finished Request and no init: it is used as it is.
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const extension = initExtension(request, init);

    for (let attempt = 1; ; attempt++) {
      if (rateLimiter) await rateLimiter.acquire(request.signal);
      let response: Response;
      try {
        response = await send(request, extension);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const failure = describeFailure(error);
        if (!failure.neverReachedServer && !isRepeatable(request)) {
          throw networkError(request, `${failure.description}; ${MAY_HAVE_ARRIVED}`, error);
        }
        if (attempt > retry.retries) {
          throw networkError(
            request,
            [failure.description, gaveUp(attempt)].filter(Boolean).join("; "),
            error,
          );
        }
        await sleep(backoffDelay(attempt, retry, random), request.signal);
        continue;
      }

      if (!RETRYABLE_STATUSES.has(response.status) || retry.retries === 0) return response;
      if (!isRepeatable(request)) return withNote(response, NOT_SAFE_TO_REPEAT);
      if (attempt > retry.retries) return withNote(response, gaveUp(attempt));
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      if (retryAfterMs !== undefined && retryAfterMs > retry.maxDelayMs) {
        return withNote(response, `not retried: Retry-After asks for ${retryAfterMs} ms, above maxDelayMs`);
      }
      await response.body?.cancel().catch(() => undefined);
      await sleep(retryAfterMs ?? backoffDelay(attempt, retry, random), request.signal);
    }
  };
}

class TimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
  }
}

function describeFailure(error: unknown): NetworkFailure {
  if (error instanceof TimedOut) return { description: error.message, neverReachedServer: false };
  return classifyNetworkFailure(error);
}

function networkError(request: Request, reason: string, cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    operation: `${request.method} ${new URL(request.url).pathname}`,
    reason,
    cause: cause instanceof TimedOut ? undefined : cause,
  });
}

function gaveUp(attempts: number): string {
  return attempts > 1 ? `gave up after ${attempts} attempts` : "";
}

function withNote(response: Response, note: string): Response {
  noteUnretried(response, note);
  return response;
}

/**
 * Runtime-specific options such as undici's `dispatcher` (openapi-fetch's `requestInitExt`), which a Request does
 * not keep, go with every attempt.
 */
function initExtension(request: Request, init: RequestInit | undefined): RequestInit | undefined {
  if (init === undefined) return undefined;
  const extension = Object.entries(init).filter(([key]) => !(key in request));
  return extension.length > 0 ? Object.fromEntries(extension) : undefined;
}

function retrySettings(retry: ResilientFetchOptions["retry"]): RetrySettings {
  if (retry === false) return { ...DEFAULT_RETRY, retries: 0 };
  const settings = { ...DEFAULT_RETRY, ...retry };
  requireNumber(settings.retries, "retry.retries", 0);
  if (!Number.isInteger(settings.retries)) {
    throw new RangeError(
      `createResilientFetch: retry.retries must be a whole number, got ${settings.retries}`,
    );
  }
  requireNumber(settings.baseDelayMs, "retry.baseDelayMs", 0);
  requireNumber(settings.maxDelayMs, "retry.maxDelayMs", 0);
  return settings;
}

function requireNumber(value: number, name: string, minimum: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < minimum) {
    throw new RangeError(
      `createResilientFetch: ${name} must be a finite number >= ${minimum}, got ${String(value)}`,
    );
  }
}
