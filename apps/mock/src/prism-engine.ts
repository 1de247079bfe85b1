import { createRequire } from "node:module";
import { createLogger } from "@stoplight/prism-core";
import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import type { Description } from "./description.js";
import type { Violation } from "./prism-answers.js";

/*
 * Prism, run inside the mock's own process: its router, security and request validation, its example and schema
 * mocker and its response validation, without a second process or an HTTP hop. A sandbox can answer a validated
 * request in Prism's place; Prism still validates that answer against the operation's response schema.
 */

export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
type PrismInstance = ReturnType<typeof createInstance>;
type PrismComponents = Parameters<typeof createInstance>[1];
type PrismMocker = NonNullable<PrismComponents["mock"]>;
type PrismRequest = Parameters<PrismInstance["request"]>[0];
type PrismRequestConfig = NonNullable<Parameters<PrismInstance["request"]>[2]>;

const require = createRequire(import.meta.url);
const examplesMocker: PrismMocker = require("@stoplight/prism-http/dist/mocker").default;
const { getHttpConfigFromRequest } =
  require("@stoplight/prism-http-server/dist/getHttpConfigFromRequest") as {
    getHttpConfigFromRequest(request: PrismRequest): Either<PrismProblem, PrismRequestConfig["mock"]>;
  };
const { right } = require("fp-ts/Either") as { right<R>(value: R): Either<never, R> };
const { JSONSchemaFaker } = require("json-schema-faker") as {
  JSONSchemaFaker: { option(name: string, value: unknown): void };
};

type Either<L, R> = { _tag: "Left"; left: L } | { _tag: "Right"; right: R };

/** A request as it reached the public port, with the base path stripped and the query parsed. */
export interface EngineRequest {
  readonly method: string;
  /** The path below the base path, still percent-encoded: `/positions/42`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Parsed JSON, text, or null for no body. */
  readonly body: unknown;
}

/** A validated request that Prism would answer with the description's example: a sandbox may answer instead. */
export interface ValidatedCall {
  readonly operation: PrismOperation;
  readonly request: EngineRequest;
  /** Problems Prism found with the request (security, parameters, body); empty when it is valid. */
  readonly violations: readonly Violation[];
  /** Whether the request picked its answer with `Prefer` (a status, an example, dynamic data). */
  readonly prefers: boolean;
}

export interface EngineAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value, or a string for text answers. */
  readonly body: unknown;
  /** What Prism found wrong with the request (location starts with "request") or with the answer ("response"). */
  readonly violations: readonly Violation[];
}

/** An answer Prism wrote itself: no route matched, a Prefer it cannot honour. `type` ends with Prism's code. */
export interface PrismProblem {
  readonly status?: number;
  readonly name: string;
  readonly detail?: string;
  readonly title?: string;
  readonly additional?: { readonly headers?: Record<string, string> };
}

export type EngineResult =
  | { readonly kind: "answer"; readonly answer: EngineAnswer }
  | { readonly kind: "problem"; readonly problem: PrismProblem };

/** What answers in Prism's place: undefined lets Prism answer with the description's example. */
export type Responder = (call: ValidatedCall) => SandboxAnswer | undefined;

export interface SandboxAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface EngineOptions {
  readonly dynamic: boolean;
  readonly seed: string | undefined;
}

export interface PrismEngine {
  readonly operations: readonly PrismOperation[];
  handle(request: EngineRequest, responder?: Responder): Promise<EngineResult>;
}

const ERROR_SEVERITY = 0;

/** Reads a description's operations and makes a Prism instance for them; throws when it has none. */
export async function createPrismEngine(
  description: Description,
  options: EngineOptions,
): Promise<PrismEngine> {
  // structuredClone: Prism dereferences the document it is given in place.
  const operations = await getHttpOperationsFromSpec(structuredClone(description));
  if (operations.length === 0) throw new Error("The description has no operations.");
  // Generated data holds only the properties a schema names (Prism's CLI: --json-schema-faker-fillProperties=false).
  JSONSchemaFaker.option("fillProperties", false);

  const responders = new WeakMap<
    object,
    { responder: Responder; request: EngineRequest; prefers: boolean }
  >();
  const mock: PrismMocker = (options) => (logger) => {
    const pending = responders.get(options.input.data);
    if (pending) {
      const violations = options.input.validations.map((validation) => violationOf("request", validation));
      const answer = pending.responder({
        operation: options.resource,
        request: pending.request,
        violations,
        prefers: pending.prefers,
      });
      if (answer) {
        return right({
          statusCode: answer.status,
          headers: { "content-type": "application/json", ...answer.headers },
          body: answer.body,
        });
      }
    }
    return examplesMocker(options)(logger);
  };
  const prism = createInstance(
    {
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: options.dynamic, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    },
    { logger: createLogger("tradespec-mock", { level: "silent" }), mock },
  );

  return {
    operations,
    async handle(request, responder) {
      const input: PrismRequest = {
        method: request.method.toLowerCase() as PrismRequest["method"],
        url: { path: request.path, query: { ...request.query } },
        headers: Object.fromEntries(
          Object.entries(request.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, Array.isArray(value) ? value.join(", ") : value]],
          ),
        ),
        body: request.body,
      };
      const preferences = getHttpConfigFromRequest(input);
      if (preferences._tag === "Left") return { kind: "problem", problem: preferences.left };
      const mockConfig = preferences.right ?? {};
      const prefers = Object.values(mockConfig).some((value) => value !== undefined);
      if (responder) responders.set(input, { responder, request, prefers });
      const config = {
        mock: { dynamic: options.dynamic, seed: options.seed, ...withoutUndefined(mockConfig) },
      };
      const run = prism.request(input, [...operations], config as PrismRequestConfig);
      const result = (await run()) as unknown as Either<PrismProblem, PrismOutcome>;
      if (result._tag === "Left") return { kind: "problem", problem: result.left };
      const { output, validations } = result.right;
      return {
        kind: "answer",
        answer: {
          status: output.statusCode,
          headers: lowerCased(output.headers ?? {}),
          body: output.body,
          violations: [
            ...validations.input.map((validation) => violationOf("request", validation)),
            ...validations.output.map((validation) => violationOf("response", validation)),
          ],
        },
      };
    },
  };
}

interface PrismOutcome {
  readonly output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
  readonly validations: { input: PrismValidation[]; output: PrismValidation[] };
}

interface PrismValidation {
  readonly path?: string[];
  readonly code?: string | number;
  readonly message: string;
  readonly severity: number;
}

const SEVERITIES = ["Error", "Warning", "Information", "Hint"];

function violationOf(prefix: "request" | "response", validation: PrismValidation): Violation {
  return {
    location: [prefix, ...(validation.path ?? [])],
    severity: SEVERITIES[validation.severity] ?? String(validation.severity),
    code: validation.code ?? "",
    message: validation.message,
  };
}

export function isRequestError(violation: Violation): boolean {
  return violation.severity === SEVERITIES[ERROR_SEVERITY] && violation.location[0] === "request";
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
