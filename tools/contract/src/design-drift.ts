import type { SchemaValidator } from "@tradespec/spec-testing";
import type { ErrorObject } from "ajv";

/** A designed claim a live answer did not hold: where, what the description says, and what came back. */
export interface DriftEntry {
  operation: string;
  status: number;
  /** JSON pointer into the body ("" for the body itself). */
  at: string;
  /** What the description claims there (Ajv's message). */
  claim: string;
  /** The value seen there, as JSON; "(absent)" for a missing property. */
  seen: string;
}

const MAX_SEEN = 120;

function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointer.split("/").slice(1)) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function shown(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > MAX_SEEN ? `${text.slice(0, MAX_SEEN)}...` : text;
}

/** One drift entry per schema error, the value seen read from the body. */
export function driftEntries(
  operation: string,
  status: number,
  body: unknown,
  errors: readonly ErrorObject[],
): DriftEntry[] {
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const child = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const at = child === undefined ? error.instancePath : `${error.instancePath}/${child}`;
    const allowed = Array.isArray(params.allowedValues) ? ` (${params.allowedValues.join(", ")})` : "";
    return {
      operation,
      status,
      at,
      claim: `${error.message ?? "is invalid"}${allowed}`,
      seen: shown(valueAt(body, at)),
    };
  });
}

/** The drift section printed at the end of a live run: one line per designed claim that did not hold. */
export function formatDrift(api: string, entries: readonly DriftEntry[]): string {
  if (entries.length === 0) return `${api}: no design drift`;
  const lines = entries.map(
    (entry) =>
      `  ${entry.operation} -> ${entry.status} ${entry.at || "(body)"}: ${entry.claim}; saw ${entry.seen}`,
  );
  return [`${api}: ${entries.length} designed claim(s) differ (not failures):`, ...lines].join("\n");
}

/**
 * Against a live target: a response is checked against the facts-only description (`factsOnly`) first, and what
 * breaks only designed claims is recorded here instead of failing the test.
 */
export class DriftLedger {
  readonly entries: DriftEntry[] = [];

  constructor(readonly facts: SchemaValidator) {}

  record(entries: readonly DriftEntry[]): void {
    this.entries.push(...entries);
  }
}
