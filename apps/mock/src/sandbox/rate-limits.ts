/** Requests per minute and per day allowed to one credential. */
export interface RateLimit {
  readonly perMinute: number;
  readonly perDay: number;
}

export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly window: "minute" | "day"; readonly retryAfterSeconds: number };

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Counts one credential's requests in a sliding minute and a UTC day, and says when one is over the limit. */
export class RateCounter {
  readonly #minute: number[] = [];
  #day = { start: 0, count: 0 };

  take(limit: RateLimit, now = Date.now()): RateDecision {
    while ((this.#minute[0] ?? now) <= now - MINUTE_MS) this.#minute.shift();
    const dayStart = now - (now % DAY_MS);
    if (this.#day.start !== dayStart) this.#day = { start: dayStart, count: 0 };
    if (this.#day.count >= limit.perDay) {
      return {
        allowed: false,
        window: "day",
        retryAfterSeconds: Math.ceil((dayStart + DAY_MS - now) / 1000),
      };
    }
    if (this.#minute.length >= limit.perMinute) {
      const oldest = this.#minute[0] ?? now;
      return {
        allowed: false,
        window: "minute",
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + MINUTE_MS - now) / 1000)),
      };
    }
    this.#minute.push(now);
    this.#day.count += 1;
    return { allowed: true };
  }
}
