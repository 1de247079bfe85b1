import { sleep as defaultSleep, type Sleep } from "./sleep.js";
import { SlidingWindow } from "./sliding-window.js";

export interface RateLimiter {
  /** Resolves when a request may be sent; rejects with the signal's reason if it aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void>;
}

export interface RateLimiterOptions {
  /** Requests allowed in any 60-second window. */
  perMinute: number;
  /** Requests allowed in any 24-hour window. */
  perDay?: number;
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
  sleep?: Sleep;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * A client-side limit that makes callers wait, in arrival order, until a slot is free, so a bot stays under the
 * API's limit instead of collecting 429 responses. Windows slide: no 60 s (or 24 h) span ever holds more requests.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windows = [new SlidingWindow(positiveInteger(options.perMinute, "perMinute"), MINUTE_MS)];
  if (options.perDay !== undefined)
    windows.push(new SlidingWindow(positiveInteger(options.perDay, "perDay"), DAY_MS));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const queue: Array<() => void> = [];
  let pumping = false;
  /** Cuts the pump's wait short once every waiter has given up, so no timer outlives them. */
  let idle: AbortController | undefined;

  async function pump(): Promise<void> {
    pumping = true;
    while (queue.length > 0) {
      const time = now();
      const freeAt = Math.max(...windows.map((window) => window.nextFreeAt(time)));
      if (freeAt > time) {
        idle = new AbortController();
        await sleep(freeAt - time, idle.signal).catch(() => undefined);
        continue;
      }
      for (const window of windows) window.record(time);
      queue.shift()?.();
    }
    pumping = false;
  }

  function leave(grant: () => void): void {
    const index = queue.indexOf(grant);
    if (index >= 0) queue.splice(index, 1);
    if (queue.length === 0) idle?.abort();
  }

  return {
    acquire(signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          leave(grant);
          reject(signal?.reason);
        };
        const grant = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        queue.push(grant);
        if (!pumping) void pump();
      });
    },
  };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`createRateLimiter: ${name} must be a positive integer, got ${String(value)}`);
  }
  return value;
}
