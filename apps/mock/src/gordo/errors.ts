import type { SandboxAnswer } from "../sandbox/types.js";

/** Gordo's error answer: `{"detail": ...}`. */
export function gordoError(status: number, detail: string): SandboxAnswer {
  return { status, body: { detail } };
}

export const notFound = (what: string) => gordoError(404, `${what} not found`);
