export interface CacheLimits {
  /** At most this many entries. */
  readonly entries: number;
  /** At most this much weight in all (the callers weigh entries in UTF-16 code units, about 2 bytes each). */
  readonly weight: number;
}

/**
 * A map that forgets its least recently used entries once it holds more than `limits` allow, so that memory stays
 * flat however many distinct requests arrive. An entry heavier than a sixteenth of the weight limit is never kept.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { readonly value: V; readonly weight: number }>();
  #weight = 0;

  constructor(readonly limits: CacheLimits) {}

  get size(): number {
    return this.#entries.size;
  }

  get weight(): number {
    return this.#weight;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#weight -= previous.weight;
    }
    if (weight > this.limits.weight / 16) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.limits.entries && this.#weight <= this.limits.weight) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }
}
