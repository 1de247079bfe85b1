import type { Handler, SandboxAnswer } from "./types.js";

/*
 * A sandbox remembers the answers of its reads, each for one request as the engine reads it, and gives one again
 * while its state is at the revision the answer was made at. The revision advances whenever the state may have
 * changed: after every write (any method but GET and HEAD), every deferred action, every event, and every change
 * reported with `changed()` (a read that brings a job up to date, a webhook delivery logged). A read that asks the
 * clock is never remembered: its answer changes with time.
 */

const answeredAnewHandlers = new WeakSet<object>();

/** Marks a read whose answer is never remembered: it shows what changes with every request (the usage counters). */
export function answeredAnew<S>(handler: Handler<S>): Handler<S> {
  answeredAnewHandlers.add(handler);
  return handler;
}

export function isAnsweredAnew<S>(handler: Handler<S>): boolean {
  return answeredAnewHandlers.has(handler);
}

interface Remembered {
  readonly revision: number;
  readonly answer: SandboxAnswer | undefined;
  /** The answer as JSON when it was made, kept to check it against one made anew. */
  readonly text?: string;
}

export class SandboxMemory {
  #revision = 0;
  readonly #answers = new WeakMap<object, Remembered>();

  /** The answer remembered for `request`, if the state has not changed since it was made. */
  recall(request: object): Remembered | undefined {
    const remembered = this.#answers.get(request);
    return remembered?.revision === this.#revision ? remembered : undefined;
  }

  keep(request: object, answer: SandboxAnswer | undefined, text?: string): void {
    this.#answers.set(request, { revision: this.#revision, answer, ...(text === undefined ? {} : { text }) });
  }

  changed(): void {
    this.#revision += 1;
  }
}
