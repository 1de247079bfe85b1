import { ApiError } from "./api-error.js";
import { CallRequest } from "./call-request.js";
import { classifyNetworkFailure } from "./network-failure.js";
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
  /**
   * Per attempt, until the response headers arrive; combined with the caller's AbortSignal. None by default: a
   * timeout costs what one costs with plain fetch (a signal per attempt), so it is the caller's choice.
   */
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

/** What an attempt's timer aborts it with. */
const TIMED_OUT = Symbol("timed out");

/**
 * A fetch for openapi-fetch's `fetch` option that adds per-attempt timeouts, a rate limit and retries. A request is
 * repeated only when `isRepeatable` allows it, or when it provably never reached the server (connection refused,
 * DNS failure); a request that may place, close or cancel an order is never sent twice.
 */
export function createResilientFetch(options: ResilientFetchOptions = {}): typeof fetch {
  const { isRepeatable = isSafeMethod, random = Math.random, sleep = defaultSleep, rateLimiter } = options;
  const { timeoutMs } = options;
  const retry = { ...DEFAULT_RETRY, ...(options.retry === false ? { retries: 0 } : options.retry) };
  checkOptions(timeoutMs, retry);

  const fetchOnce: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  /**
   * One attempt. A body can be sent only once, so each attempt sends a copy; a body-less request goes as it is.
   * fetch copies either, and a copy follows the original's signal only through a weak reference (see below), so it
   * goes with the caller's signal itself, or with none when nothing can abort the request.
   */
  function send(
    request: Request,
    callerSignal: AbortSignal | undefined,
    extension: RequestInit | undefined,
  ): Promise<Response> {
    request.signal.throwIfAborted();
    const sent = request.body === null ? request : request.clone();
    if (timeoutMs !== undefined) return sendWithTimeout(sent, callerSignal, extension, timeoutMs);
    return fetchOnce(sent, { ...extension, signal: callerSignal ?? null });
  }

  /**
   * An attempt aborted by its own timer or by the caller. Node 20 follows signals through weak references: a signal
   * from `AbortSignal.any()`, or one given to a throwaway Request, can be garbage-collected while the request waits,
   * and the timeout is lost. So the attempt's controller is held by its timer and listener, and its signal goes to
   * fetch in `init`, where fetch's own Request, alive until the response arrives, follows it.
   */
  async function sendWithTimeout(
    sent: Request,
    callerSignal: AbortSignal | undefined,
    extension: RequestInit | undefined,
    timeoutMs: number,
  ): Promise<Response> {
    const attempt = new AbortController();
    const abortWithCaller = () => attempt.abort(callerSignal?.reason);
    callerSignal?.addEventListener("abort", abortWithCaller, { once: true });
    const timer = setTimeout(() => attempt.abort(TIMED_OUT), timeoutMs);
    try {
      return await fetchOnce(sent, { ...extension, signal: attempt.signal });
    } catch (error) {
      throw attempt.signal.reason === TIMED_OUT && !callerSignal?.aborted ? TIMED_OUT : error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", abortWithCaller);
    }
  }

  /** Why a request is not sent again after `attempt`; undefined when it may be. */
  function whyNotRepeated(repeatable: boolean, attempt: number): string | undefined {
    if (!repeatable) return NOT_SAFE_TO_REPEAT;
    return attempt > retry.retries ? gaveUp(attempt) : undefined;
  }

  return async function resilientFetch(input, init) {
    // openapi-fetch passes a finished Request and no init: it is used as it is.
    const request = input instanceof Request && init === undefined ? input : new CallRequest(input, init);
    const callerSignal = CallRequest.callerSignalOf(request);
    const extension = initExtension(request, init);

    for (let attempt = 1; ; attempt++) {
      if (rateLimiter) await rateLimiter.acquire(request.signal);
      let response: Response;
      try {
        response = await send(request, callerSignal, extension);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const failure =
          error === TIMED_OUT
            ? { description: `timed out after ${timeoutMs} ms`, neverReachedServer: false }
            : classifyNetworkFailure(error);
        const why = whyNotRepeated(failure.neverReachedServer || isRepeatable(request), attempt);
        if (why !== undefined) {
          const reason =
            why === NOT_SAFE_TO_REPEAT ? `${why} and the request may have reached the server` : why;
          throw new ApiError({
            status: 0,
            operation: `${request.method} ${new URL(request.url).pathname}`,
            reason: [failure.description, reason].filter(Boolean).join("; "),
            cause: error === TIMED_OUT ? undefined : error,
          });
        }
        await sleep(backoffDelay(attempt, retry, random), request.signal);
        continue;
      }

      if (!RETRYABLE_STATUSES.has(response.status) || retry.retries === 0) return response;
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      const why =
        whyNotRepeated(isRepeatable(request), attempt) ??
        ((retryAfterMs ?? 0) > retry.maxDelayMs
          ? `not retried: Retry-After asks for ${retryAfterMs} ms, above maxDelayMs`
          : undefined);
      if (why !== undefined) {
        noteUnretried(response, why);
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      await sleep(retryAfterMs ?? backoffDelay(attempt, retry, random), request.signal);
    }
  };
}

function gaveUp(attempts: number): string {
  return attempts > 1 ? `gave up after ${attempts} attempts` : "";
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

function checkOptions(timeoutMs: number | undefined, retry: RetrySettings): void {
  const limits = [
    ...(timeoutMs === undefined ? [] : [["timeoutMs", timeoutMs, 1] as const]),
    ["retry.retries", retry.retries, 0],
    ["retry.baseDelayMs", retry.baseDelayMs, 0],
    ["retry.maxDelayMs", retry.maxDelayMs, 0],
  ] as const;
  for (const [name, value, minimum] of limits) {
    if (!(Number.isFinite(value) && value >= minimum)) {
      throw new RangeError(
        `createResilientFetch: ${name} must be a finite number >= ${minimum}, got ${value}`,
      );
    }
  }
  if (!Number.isInteger(retry.retries)) {
    throw new RangeError(`createResilientFetch: retry.retries must be a whole number, got ${retry.retries}`);
  }
}
