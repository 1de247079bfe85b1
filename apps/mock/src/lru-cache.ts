export interface CacheLimits {
  /** At most this many entries. */
  readonly entries: number;
  /** At most this much weight in all (the callers weigh entries in UTF-16 code units, about 2 bytes each). */
  readonly weight: number;
}

interface Entry<V> {
  readonly value: V;
  weight: number;
  /** When it was last put at the young end: the number of entries set until then. */
  stamp: number;
}

/**
 * A map that forgets its least recently used entries once it holds more than `limits` allow, so that memory stays
 * flat however many distinct requests arrive. An entry heavier than a sixteenth of the weight limit is never kept.
 * A hit moves its entry to the young end only once half the entry limit has been set since it was last there, so
 * that the hits of a small working set cost a lookup and nothing more.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #weight = 0;
  #sets = 0;

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
    if (this.#sets - entry.stamp > this.limits.entries / 2) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      entry.stamp = this.#sets;
    }
    return entry.value;
  }

  /**
   * Tells the cache that the value under `key` changed in place and now weighs `weight`. It is forgotten if it is
   * now heavier than an entry may be; else older entries are, while the cache is over its weight.
   */
  reweigh(key: string, weight: number): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#weight += weight - entry.weight;
    entry.weight = weight;
    if (this.#isTooHeavy(weight)) {
      this.#entries.delete(key);
      this.#weight -= weight;
    }
    this.#evict();
  }

  set(key: string, value: V, weight: number): void {
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#weight -= previous.weight;
    }
    if (this.#isTooHeavy(weight)) return;
    this.#sets += 1;
    this.#entries.set(key, { value, weight, stamp: this.#sets });
    this.#weight += weight;
    this.#evict();
  }

  #evict(): void {
    if (!this.#isOver()) return;
    for (const [oldest, entry] of this.#entries) {
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
      if (!this.#isOver()) break;
    }
  }

  #isTooHeavy(weight: number): boolean {
    return weight > this.limits.weight / 16;
  }

  #isOver(): boolean {
    return this.#entries.size > this.limits.entries || this.#weight > this.limits.weight;
  }
}
