import { createRequire } from "node:module";
import { createLogger } from "@stoplight/prism-core";
import { createInstance, getHttpOperationsFromSpec } from "@stoplight/prism-http";
import type { Description } from "./description.js";
import { LruCache } from "./lru-cache.js";
import type { Violation } from "./prism-answers.js";
import {
  type Diagnostic,
  type HttpInput,
  type HttpOutput,
  type HttpResource,
  type MockConfig,
  type MockInput,
  memoizedPipeline,
  type OutputSource,
  type PreparedInput,
  type PrismLogger,
  type PrismOutcome,
  STEP_LIMITS,
  withBodyText,
} from "./prism-memo.js";

/*
 * Prism, run inside the mock's own process: its router, security and request validation, its example and schema
 * mocker and its response validation, without a second process or an HTTP hop. A sandbox can answer a validated
 * request in Prism's place; Prism still validates that answer against the operation's response schema. Each step
 * remembers its answers where they are provably the same (`prism-memo.ts`); `memoize: false` runs Prism's own
 * pipeline on every request instead, the reference the fast path is tested against.
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
  /** The text `body` was read from, when there is one: it keys what the engine remembers about the request. */
  readonly bodyText?: string;
}

/** A validated request that Prism would answer with the description's example: a sandbox may answer instead. */
export interface ValidatedCall {
  readonly operation: PrismOperation;
  readonly request: EngineRequest;
  /** Problems Prism found with the request (security, parameters, body); empty when it is valid. */
  readonly violations: readonly Violation[];
  /** Whether the request picked its answer with `Prefer` (a status, an example, dynamic data). */
  readonly prefers: boolean;
  /**
   * The same object for every request that reads the same to the engine (method, URL, `readsHeaders`, body), while
   * it remembers that request; undefined when the engine does not memoize.
   */
  readonly same?: object;
}

export interface EngineAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value, or a string for text answers. */
  readonly body: unknown;
  /** `JSON.stringify(body)`, when the engine has already written it. */
  readonly bodyJson?: string | undefined;
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
  /** Remember what is provably the same (default); false runs Prism's whole pipeline on every request. */
  readonly memoize?: boolean;
}

/**
 * A request with what the engine decides before there is an answer: its operation, the problems with its
 * credentials, parameters and body, and the mock's choices (`Prefer`). What it holds is a pure function of the
 * request's method, URL, `readsHeaders` and body.
 */
export interface PreparedRequest {
  readonly request: EngineRequest;
  /** Whether it may answer another request that reads the same: only when the engine memoizes. */
  readonly reusable: boolean;
  /** Prism's decision, when the engine memoizes: a problem (no operation, a Prefer it cannot honour) or the steps' input. */
  readonly decided?: Either<PrismProblem, { readonly prefers: boolean; readonly input: PreparedInput }>;
}

export interface PrismEngine {
  readonly operations: readonly PrismOperation[];
  prepare(request: EngineRequest): PreparedRequest;
  /**
   * Answers a prepared request: from the responder if it answers, else with the description's example. `request`
   * (the prepared one by default) is what the responder is given: one that reads the same as the prepared one.
   * Synchronous when the engine memoizes, so that a remembered request takes no turn of the event loop.
   */
  answer(
    prepared: PreparedRequest,
    responder?: Responder,
    request?: EngineRequest,
  ): EngineResult | Promise<EngineResult>;
  /**
   * Every request header some step of the pipeline reads for some operation: with the method, the URL and the body,
   * what an answer without a responder depends on.
   */
  readonly readsHeaders: readonly string[];
  /**
   * Whether the answer to `request`, when no responder takes part, is the same every time, so that it may be
   * remembered: not with generated data or callbacks, nor when the engine does not memoize.
   */
  remembersAnswer(request: EngineRequest): boolean;
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

  // Prism's mocker component, asking the request's responder first: Prism's own pipeline (`memoize: false`).
  const responders = new WeakMap<object, OutputSource>();
  const mock: PrismMocker = (options) => (logger) => {
    const answer = responders.get(options.input.data)?.(options as unknown as MockInput);
    return answer ? right(answer) : examplesMocker(options)(logger);
  };
  const logger = createLogger("tradespec-mock", { level: "silent" }) as ReturnType<typeof createLogger> &
    PrismLogger;
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
    { logger, mock },
  );
  const memoize = options.memoize ?? true;
  const pipeline = memoizedPipeline(operations as unknown as HttpResource[], logger, {
    remembersExamples: !options.dynamic,
  });
  const preferenceCache = new LruCache<ReturnType<typeof getHttpConfigFromRequest>>(STEP_LIMITS);
  // What Prism's server reads for the mock's choices: the Prefer header, or else the `__code`-style query.
  const preferencesOf = (input: PrismRequest) => {
    const { query = {} } = input.url;
    const key = JSON.stringify([
      input.headers?.prefer,
      query.__code,
      query.__dynamic,
      query.__seed,
      query.__example,
    ]);
    let preferences = preferenceCache.get(key);
    if (preferences === undefined) {
      preferences = getHttpConfigFromRequest(input);
      preferenceCache.set(key, preferences, key.length);
    }
    return preferences;
  };
  const pureExamples =
    memoize && !options.dynamic && !operations.some((operation) => operation.callbacks !== undefined);

  const prismInput = (request: EngineRequest): PrismRequest => {
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
    if (request.bodyText !== undefined) withBodyText(input, request.bodyText);
    return input;
  };
  const mockConfigOf = (preferences: PrismRequestConfig["mock"] | undefined) => {
    const choices = preferences ?? {};
    return {
      prefers: Object.values(choices).some((value) => value !== undefined),
      config: { dynamic: options.dynamic, seed: options.seed, ...withoutUndefined(choices) },
    };
  };
  /** Prism's own pipeline, run whole on every request: the reference the memoizing steps are tested against. */
  const prismAlone = async (request: EngineRequest, responder: Responder | undefined) => {
    const input = prismInput(request);
    const preferences = getHttpConfigFromRequest(input);
    if (preferences._tag === "Left") return preferences;
    const { prefers, config } = mockConfigOf(preferences.right);
    if (responder) responders.set(input, outputSource(responder, request, prefers));
    const run = prism.request(input, [...operations], { mock: config } as PrismRequestConfig);
    return (await run()) as unknown as Either<PrismProblem, PrismOutcome>;
  };

  // The last answer the responder gave each remembered request, and the output made of it: given again, it is the
  // same output again.
  const outputs: LastOutputs = new WeakMap();
  // The last result of each prepared request: the same outcome of the memoizing steps gives the same result object,
  // which callers may recognise.
  const results = new WeakMap<
    PreparedRequest,
    { outcome: Either<PrismProblem, PrismOutcome>; result: EngineResult }
  >();
  const rememberedResultOf = (prepared: PreparedRequest, outcome: Either<PrismProblem, PrismOutcome>) => {
    const last = results.get(prepared);
    if (last?.outcome === outcome) return last.result;
    const result = resultOf(outcome);
    results.set(prepared, { outcome, result });
    return result;
  };

  return {
    operations,
    prepare(request) {
      if (!memoize) return { request, reusable: false };
      const input = prismInput(request);
      const preferences = preferencesOf(input);
      if (preferences._tag === "Left") return { request, reusable: true, decided: preferences };
      const { prefers, config } = mockConfigOf(preferences.right);
      const prepared = pipeline.prepare(input as unknown as HttpInput, config as MockConfig);
      if (prepared._tag === "Left")
        return { request, reusable: true, decided: { _tag: "Left", left: prepared.left as PrismProblem } };
      return { request, reusable: true, decided: right({ prefers, input: prepared.right }) };
    },
    answer(prepared, responder, request = prepared.request) {
      if (prepared.decided === undefined) return prismAlone(request, responder).then(resultOf);
      if (prepared.decided._tag === "Left") return rememberedResultOf(prepared, prepared.decided);
      const { prefers, input } = prepared.decided.right;
      const source = responder && outputSource(responder, request, prefers, outputs);
      return rememberedResultOf(
        prepared,
        pipeline.answer(input, source) as Either<PrismProblem, PrismOutcome>,
      );
    },
    readsHeaders: headersAnyStepReads(operations as unknown as HttpResource[]),
    remembersAnswer(request) {
      const prefer = String(request.headers.prefer ?? "");
      return pureExamples && !/dynamic/i.test(prefer) && request.query.__dynamic === undefined;
    },
  };
}

function resultOf(result: Either<PrismProblem, PrismOutcome>): EngineResult {
  if (result._tag === "Left") return { kind: "problem", problem: result.left };
  const { output, validations, bodyJson } = result.right;
  return {
    kind: "answer",
    answer: {
      status: output.statusCode,
      headers: lowerCased(output.headers ?? {}),
      body: output.body,
      bodyJson,
      violations: [
        ...validations.input.map((validation) => violationOf("request", validation)),
        ...validations.output.map((validation) => violationOf("response", validation)),
      ],
    },
  };
}

const requestViolations = new WeakMap<readonly Diagnostic[], Violation[]>();
type LastOutputs = WeakMap<MockInput, { readonly answer: SandboxAnswer; readonly output: HttpOutput }>;

/**
 * Answers from the responder in the example mocker's place, as the mocker component above does. With `outputs`,
 * the mocker's input is remembered with the request, and the responder is told so (`same`); an answer it gives
 * again is the same output again.
 */
function outputSource(
  responder: Responder,
  request: EngineRequest,
  prefers: boolean,
  outputs?: LastOutputs,
): OutputSource {
  return (mockInput) => {
    const { resource, input } = mockInput;
    let violations = requestViolations.get(input.validations);
    if (!violations) {
      violations = input.validations.map((validation) => violationOf("request", validation));
      requestViolations.set(input.validations, violations);
    }
    const answer = responder({
      operation: resource as unknown as PrismOperation,
      request,
      violations,
      prefers,
      ...(outputs ? { same: mockInput } : {}),
    });
    if (!answer) return undefined;
    const last = outputs?.get(mockInput);
    if (last?.answer === answer) return last.output;
    const output = {
      statusCode: answer.status,
      headers: { "content-type": "application/json", ...answer.headers },
      body: answer.body,
    };
    outputs?.set(mockInput, { answer, output });
    return output;
  };
}

/**
 * Every request header some step reads for some operation: credentials and cookies (security), the body's type and
 * length and each declared header (request validation), Accept (the mocker) and Prefer (the mock's choices).
 */
function headersAnyStepReads(operations: readonly HttpResource[]): string[] {
  const names = new Set(["authorization", "cookie", "content-type", "content-length", "accept", "prefer"]);
  for (const operation of operations) {
    for (const header of operation.request?.headers ?? []) names.add(header.name.toLowerCase());
    for (const scheme of (operation.security ?? []).flat()) {
      if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name)
        names.add(scheme.name.toLowerCase());
    }
  }
  return [...names].sort();
}

const SEVERITIES = ["Error", "Warning", "Information", "Hint"];

function violationOf(prefix: "request" | "response", validation: Diagnostic): Violation {
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
  const lower: Record<string, string> = {};
  for (const name in headers) lower[name.toLowerCase()] = headers[name] as string;
  return lower;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
