import type { SandboxAnswer } from "./types.js";

/** The answers handlers build most: a JSON body with 200 or 201. */
export const ok = (body: unknown): SandboxAnswer => ({ status: 200, body });
export const created = (body: unknown): SandboxAnswer => ({ status: 201, body });

/** Ids for new items, counting on from the highest id the seed holds. */
export class IdCounter {
  #last: number;

  constructor(...seeded: readonly (readonly { readonly id?: unknown }[])[]) {
    const ids = seeded.flat().map((item) => (typeof item.id === "number" ? item.id : 0));
    this.#last = Math.max(0, ...ids);
  }

  next(): number {
    this.#last += 1;
    return this.#last;
  }
}

/** An integer path parameter (Prism has checked it is one). */
export function integerParameter(path: Readonly<Record<string, string>>, name: string): number {
  return Number(path[name]);
}
