/**
 * Deferred work of one sandbox (a job finishing, the executor closing a position). Each action runs once, at its
 * time on an unreferenced timer or at the first `settle()` after it is due, whichever comes first; so a read never
 * sees state that should have changed already, however late a busy machine runs the timer.
 */
export class Timeline {
  readonly #pending: { due: number; action: () => void }[] = [];
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  at(due: number, action: () => void): void {
    if (this.#stopped) return;
    this.#pending.push({ due, action });
    this.#pending.sort((a, b) => a.due - b.due);
    this.#arm();
  }

  /** Runs every action that is due, in order of their times. */
  settle(): void {
    if (this.#pending.length === 0) return;
    const now = Date.now();
    while (!this.#stopped && (this.#pending[0]?.due ?? Number.POSITIVE_INFINITY) <= now) {
      this.#pending.shift()?.action();
    }
    this.#arm();
  }

  /** Drops the pending actions; later ones are ignored. */
  stop(): void {
    this.#stopped = true;
    this.#pending.length = 0;
    clearTimeout(this.#timer);
  }

  #arm(): void {
    clearTimeout(this.#timer);
    const next = this.#pending[0];
    if (!next || this.#stopped) return;
    this.#timer = setTimeout(() => this.settle(), Math.max(0, next.due - Date.now()));
    this.#timer.unref();
  }
}
