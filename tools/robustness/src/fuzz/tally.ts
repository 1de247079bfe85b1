import type { FuzzRequest } from "./requests.js";
import type { Answer } from "./send.js";

export interface Violation {
  label: string;
  problem: string;
  /** The request, shortened for reading: method, URL, content type and the start of the body. */
  example: string;
  count: number;
}

/** Counts of everything sent and received during one fuzz run, and the contract violations found. */
export class FuzzTally {
  sent = 0;
  mockRestarts = 0;
  readonly byClass = new Map<string, number>();
  readonly byStatus = new Map<string, number>();
  readonly byOperation = new Map<string, number>();
  readonly byBodyKind = new Map<string, number>();
  readonly byCredentials = new Map<string, number>();
  /** Requests with an empty or non-finite value for a declared query parameter, by the answer's status. */
  readonly forbiddenQueryByStatus = new Map<string, number>();
  readonly violations = new Map<string, Violation>();

  record(request: FuzzRequest, answer: Answer, problem: string | undefined): void {
    this.sent++;
    const status = answer.kind === "response" ? String(answer.status) : "none";
    increment(this.byClass, answer.kind === "response" ? `${status[0]}xx` : "no answer");
    increment(this.byStatus, status);
    increment(this.byOperation, request.label);
    increment(this.byBodyKind, request.body.kind);
    increment(this.byCredentials, request.credentials.kind);
    if (request.forbiddenQuery.length > 0) increment(this.forbiddenQueryByStatus, status);
    if (problem === undefined) return;
    const key = `${request.label} -> ${problem.replace(/\d+(\.\d+)?/g, "#").slice(0, 120)}`;
    const known = this.violations.get(key);
    const example = describeRequest(request);
    if (!known) this.violations.set(key, { label: request.label, problem, example, count: 1 });
    else {
      known.count++;
      if (example.length < known.example.length) Object.assign(known, { example, problem });
    }
  }

  /** The counts, for the test log. */
  summary(title: string): string {
    const lines = [
      `${title}: ${this.sent} requests, ${this.violations.size} kinds of violation, ${this.mockRestarts} mock restarts`,
      `  by status class: ${format(this.byClass)}`,
      `  by status:       ${format(this.byStatus)}`,
      `  by body:         ${format(this.byBodyKind)}`,
      `  by credentials:  ${format(this.byCredentials)}`,
      `  empty or non-finite query values, by status: ${format(this.forbiddenQueryByStatus)}`,
      `  by operation (${this.byOperation.size}):`,
      ...[...this.byOperation].sort(([a], [b]) => a.localeCompare(b)).map(([op, n]) => `    ${n}\t${op}`),
    ];
    return lines.join("\n");
  }

  /** One paragraph per kind of violation, with the shortest request that showed it. */
  violationReport(): string {
    return [...this.violations.values()]
      .map((v) => `${v.count} x ${v.label}: ${v.problem}\n    e.g. ${v.example}`)
      .join("\n");
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function format(counts: Map<string, number>): string {
  return [...counts]
    .sort(([, a], [, b]) => b - a)
    .map(([key, n]) => `${key}=${n}`)
    .join(" ");
}

function describeRequest(request: FuzzRequest): string {
  const url =
    request.url.length > 200 ? `${request.url.slice(0, 200)}... (${request.url.length} chars)` : request.url;
  const body = request.body.text;
  const shownBody =
    body === undefined
      ? ""
      : ` body(${request.body.contentType ?? "no type"}): ${JSON.stringify(body.slice(0, 120))}`;
  return `${request.method} ${url} [credentials: ${request.credentials.kind}]${shownBody}`;
}
