/** The last `limit` grant times, to tell when a window of `windowMs` next has room for one more. */
export class SlidingWindow {
  readonly #grants: Float64Array;
  #next = 0;
  #count = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    this.#grants = new Float64Array(limit);
  }

  /** The earliest time at or after `now` when one more grant stays within the limit. */
  nextFreeAt(now: number): number {
    if (this.#count < this.limit) return now;
    const oldest = this.#grants[this.#next] ?? now;
    return Math.max(now, oldest + this.windowMs);
  }

  record(time: number): void {
    this.#grants[this.#next] = time;
    this.#next = (this.#next + 1) % this.limit;
    this.#count = Math.min(this.#count + 1, this.limit);
  }
}
