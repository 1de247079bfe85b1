import { createRequire } from "node:module";
import { type CacheLimits, LruCache } from "./lru-cache.js";
import { outputCheck } from "./prism-output-check.js";

/*
 * Prism's request pipeline (prism-core's `factory`: route, security, request validation, mocker, response
 * validation) with Prism's own components, each step remembered under exactly what that step reads, so that a
 * request the mock has seen before is not routed, checked or validated again. A step's answer is a pure function of
 * its key: the router reads the method and path; the security check the credential headers, cookies and query; the
 * request validation the path, query, content type and length, declared headers and body; the example mocker the
 * operation, Accept, the Prefer choices and the request's violations; the response validation the status, headers
 * and body. What is not a pure function is never remembered: a sandbox's answers (its state changes), generated
 * data, operations with callbacks (they send requests).
 */

type Either<L, R> =
  | { readonly _tag: "Left"; readonly left: L }
  | { readonly _tag: "Right"; readonly right: R };
type Reader<T> = (logger: PrismLogger) => T;

export interface PrismLogger {
  child(bindings: Record<string, unknown>): PrismLogger;
}

/** One Prism diagnostic: a problem with the request or the answer. */
export interface Diagnostic {
  readonly path?: string[];
  readonly code?: string | number;
  readonly message: string;
  readonly severity: number;
}

export interface HttpInput {
  readonly method: string;
  readonly url: { readonly path: string; readonly query: Readonly<Record<string, string | string[]>> };
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface HttpOutput {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

interface SecurityScheme {
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
}

/** Prism's view of one operation (an `IHttpOperation`), as far as the keys need it. */
export interface HttpResource {
  readonly id: string;
  readonly iid?: string;
  readonly path: string;
  readonly security?: readonly (readonly SecurityScheme[])[];
  readonly request?: { readonly headers?: readonly { readonly name: string }[] };
  readonly callbacks?: readonly unknown[];
}

export interface MockConfig {
  readonly dynamic?: boolean;
  readonly code?: number;
  readonly exampleKey?: string;
  readonly seed?: string;
  readonly mediaTypes?: string[];
  readonly ignoreExamples?: boolean;
}

export interface MockInput {
  readonly resource: HttpResource;
  readonly input: { readonly data: HttpInput; readonly validations: Diagnostic[] };
  readonly config: MockConfig;
}

/** Prism's components, as `createInstance` takes them. */
export interface PrismSteps {
  route(options: { resources: HttpResource[]; input: HttpInput }): Either<unknown, HttpResource>;
  validateSecurity(options: { resource: HttpResource; element: HttpInput }): Either<Diagnostic[], unknown>;
  validateInput(options: { resource: HttpResource; element: HttpInput }): Either<Diagnostic[], unknown>;
  validateOutput(options: { resource: HttpResource; element: HttpOutput }): Either<Diagnostic[], unknown>;
  mock(options: MockInput): Reader<Either<unknown, HttpOutput>>;
}

export interface PrismOutcome {
  readonly output: HttpOutput;
  readonly validations: { readonly input: Diagnostic[]; readonly output: Diagnostic[] };
  /** `JSON.stringify(output.body)`, when the body is plain JSON: written once, for the check and for the wire. */
  readonly bodyJson?: string;
}

/** A prepared input's last outcome: the description's example, or an answer given in the mocker's place. */
interface LastOutcome {
  /** What the answer given in the mocker's place was, as text; undefined for the example. */
  readonly madeFrom?: { readonly status: number; readonly headers: string; readonly body: string };
  /** The output it was made from, given in the mocker's place. */
  readonly output?: HttpOutput;
  readonly outcome: Either<unknown, PrismOutcome>;
}

/**
 * Answers a validated request in the example mocker's place, or declines with undefined (a sandbox). An output
 * object it gives again must be unchanged: the pipeline then takes it for the same answer.
 */
export type OutputSource = (options: MockInput) => HttpOutput | undefined;

/** A request routed, its security checked and its input validated: all Prism decides before there is an answer. */
export interface PreparedInput {
  readonly resource: HttpResource;
  /** What the example mocker (or the answer in its place) is given: the request, its problems, the mock's choices. */
  readonly mockInput: MockInput;
}

export interface MemoizedPipeline {
  /**
   * The first steps of prism-core's `factory(...).request`: route, security, request validation. Left when no
   * operation matches. A pure function of `input` and `config`: what it returns may be kept and answered again.
   */
  prepare(input: HttpInput, config: MockConfig): Either<unknown, PreparedInput>;
  /** The last steps: the answer (from `answer`, else the example mocker) and its validation against the operation. */
  answer(prepared: PreparedInput, answer?: OutputSource): Either<unknown, PrismOutcome>;
  /** How many entries each step remembers now. */
  sizes(): Record<string, number>;
}

const require = createRequire(import.meta.url);
const prismRoute: PrismSteps["route"] = require("@stoplight/prism-http/dist/router").default;
const { validateSecurity, validateInput } = require("@stoplight/prism-http/dist/validator") as Pick<
  PrismSteps,
  "validateSecurity" | "validateInput"
>;
const prismMocker: PrismSteps["mock"] = require("@stoplight/prism-http/dist/mocker").default;

/** Entries and weight (UTF-16 code units of keys and remembered text) per step. */
export const STEP_LIMITS: CacheLimits = { entries: 4096, weight: 8 * 1024 * 1024 };

/**
 * Prism's own components, the ones `createInstance` uses unless told otherwise; its response validation split so
 * that what an operation, status and headers decide is decided once (`prism-output-check.ts`).
 */
export const PRISM_STEPS: PrismSteps = {
  route: prismRoute,
  validateSecurity,
  validateInput,
  validateOutput: outputCheck(STEP_LIMITS),
  mock: prismMocker,
};

const NO_DIAGNOSTICS: Diagnostic[] = [];
const SEP = "\u0000";

/**
 * Prism's pipeline over `resources`, with `steps` (Prism's own unless a test says otherwise) remembered per step.
 * `remembersExamples` is false when the example mocker's answers are not a pure function of its input (generated
 * data).
 */
export function memoizedPipeline(
  resources: readonly HttpResource[],
  logger: PrismLogger,
  options: { readonly remembersExamples: boolean; readonly limits?: CacheLimits },
  steps: PrismSteps = PRISM_STEPS,
): MemoizedPipeline {
  const limits = options.limits ?? STEP_LIMITS;
  const routes = new LruCache<Either<unknown, HttpResource>>(limits);
  const securityChecks = new LruCache<Diagnostic[]>(limits);
  const inputChecks = new LruCache<Diagnostic[]>(limits);
  const examples = new LruCache<{
    answer: Either<unknown, HttpOutput>;
    violations?: Diagnostic[];
    bodyJson?: string;
  }>(limits);
  const outputChecks = new LruCache<Diagnostic[]>(limits);
  const resourceList = [...resources];
  const negotiator = logger.child({ name: "NEGOTIATOR" });

  const remembered = <V>(
    cache: LruCache<V>,
    key: string | undefined,
    compute: () => V,
    textLengthOf: (value: V) => number = () => 0,
  ): V => {
    if (key === undefined) return compute();
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute();
    cache.set(key, value, key.length + textLengthOf(value));
    return value;
  };
  const errorsOf = (result: Either<Diagnostic[], unknown>) =>
    result._tag === "Left" ? result.left : NO_DIAGNOSTICS;

  // The last outcome of each prepared input and what it was made from: made from the same, it is the same object.
  const lastOutcomes = new WeakMap<PreparedInput, LastOutcome>();

  const validateOutput = (
    resource: HttpResource,
    output: HttpOutput,
    body: string | undefined,
    headers = JSON.stringify(output.headers ?? null),
  ): Diagnostic[] => {
    if (body === undefined) return errorsOf(steps.validateOutput({ resource, element: output }));
    const key = [resource.id, output.statusCode, headers, body].join(SEP);
    return remembered(outputChecks, key, () => errorsOf(steps.validateOutput({ resource, element: output })));
  };
  /** The validated outcome of an answer that is not remembered whole. */
  const outcomeOf = (resource: HttpResource, output: HttpOutput, validations: Diagnostic[]) => {
    const body = plainJsonText(output.body);
    return ok(output, validations, validateOutput(resource, output, body), jsonOf(output, body));
  };
  /**
   * The outcome of an answer given in the example mocker's place: the last one again when the answer is the same (the
   * same output object, which an answer source gives again only unchanged, or the same text).
   */
  const ownOutcomeOf = (prepared: PreparedInput, output: HttpOutput) => {
    const last = lastOutcomes.get(prepared);
    if (last?.output === output) return last.outcome;
    const made = {
      status: output.statusCode,
      headers: JSON.stringify(output.headers ?? null),
      body: plainJsonText(output.body),
    };
    const { body } = made;
    const from = last?.madeFrom;
    if (
      last &&
      from !== undefined &&
      from.body === body &&
      from.status === made.status &&
      from.headers === made.headers
    ) {
      lastOutcomes.set(prepared, { ...last, output });
      return last.outcome;
    }
    const { resource, mockInput } = prepared;
    // An answer that changed since the last one to this request is validated, not remembered: answers that keep
    // changing (counters) would only crowd out the others.
    const validations = last
      ? errorsOf(steps.validateOutput({ resource, element: output }))
      : validateOutput(resource, output, body, made.headers);
    const outcome = ok(output, mockInput.input.validations, validations, jsonOf(output, body));
    if (body !== undefined) lastOutcomes.set(prepared, { madeFrom: { ...made, body }, output, outcome });
    return outcome;
  };

  return {
    prepare(input, config) {
      const routed = remembered(routes, `${input.method} ${input.url.path}`, () =>
        steps.route({ resources: resourceList, input }),
      );
      if (routed._tag === "Left") return routed;
      const resource = routed.right;
      const security = remembered(securityChecks, securityKey(resource, input), () =>
        errorsOf(steps.validateSecurity({ resource, element: input })),
      );
      const validity = remembered(inputChecks, inputKey(resource, input), () =>
        errorsOf(steps.validateInput({ resource, element: input })),
      );
      const validations =
        security.length === 0 ? validity : validity.length === 0 ? security : [...security, ...validity];
      const mockInput: MockInput = { resource, input: { data: input, validations }, config: { ...config } };
      return { _tag: "Right", right: { resource, mockInput } };
    },
    answer(prepared, answer) {
      const { resource, mockInput } = prepared;
      const { config } = mockInput;
      const { validations } = mockInput.input;
      const own = answer?.(mockInput);
      if (own) return ownOutcomeOf(prepared, own);
      const runMocker = () => steps.mock(mockInput)(negotiator);
      if (!options.remembersExamples || config.dynamic || resource.callbacks !== undefined) {
        const mocked = runMocker();
        if (mocked._tag === "Left") return mocked;
        return outcomeOf(resource, mocked.right, validations);
      }
      const last = lastOutcomes.get(prepared);
      if (last && last.madeFrom === undefined) return last.outcome;
      const exampleKey = [
        resource.id,
        mockInput.input.data.headers.accept ?? "",
        JSON.stringify(config),
        JSON.stringify(validations),
      ].join(SEP);
      const example = remembered(
        examples,
        exampleKey,
        () => {
          const mocked = runMocker();
          if (mocked._tag === "Left") return { answer: mocked };
          return {
            answer: mocked,
            violations: errorsOf(steps.validateOutput({ resource, element: mocked.right })),
            bodyJson: jsonOf(mocked.right, plainJsonText(mocked.right.body)),
          };
        },
        (entry) => entry.bodyJson?.length ?? 0,
      );
      const outcome =
        example.answer._tag === "Left"
          ? example.answer
          : ok(example.answer.right, validations, example.violations ?? NO_DIAGNOSTICS, example.bodyJson);
      lastOutcomes.set(prepared, { outcome });
      return outcome;
    },
    sizes: () => ({
      routes: routes.size,
      securityChecks: securityChecks.size,
      inputChecks: inputChecks.size,
      examples: examples.size,
      outputChecks: outputChecks.size,
    }),
  };
}

function ok(
  output: HttpOutput,
  input: Diagnostic[],
  outputValidations: Diagnostic[],
  bodyJson: string | undefined,
): Either<never, PrismOutcome> {
  return { _tag: "Right", right: { output, validations: { input, output: outputValidations }, bodyJson } };
}

/** The JSON text of an answer's body from its `plainJsonText`; undefined without a body or plain JSON. */
function jsonOf(output: HttpOutput, text: string | undefined): string | undefined {
  return output.body === undefined ? undefined : text;
}

/**
 * What Prism's security handlers read: the Authorization and Cookie headers, and each API key's header or query
 * parameter.
 */
function securityKey(resource: HttpResource, input: HttpInput): string {
  const parts: unknown[] = [resource.id, input.headers.authorization, input.headers.cookie];
  for (const alternatives of resource.security ?? []) {
    for (const scheme of alternatives) {
      if (scheme.type !== "apiKey" || scheme.name === undefined) continue;
      parts.push(
        scheme.in === "query" ? input.url.query[scheme.name] : input.headers[scheme.name.toLowerCase()],
      );
    }
  }
  return JSON.stringify(parts);
}

/** What Prism's request validation reads: path, query, content type and length, declared headers, body. */
function inputKey(resource: HttpResource, input: HttpInput): string | undefined {
  const body = bodyKeyOf(input);
  if (body === undefined) return undefined;
  const headers: unknown[] = [input.headers["content-type"], input.headers["content-length"]];
  for (const header of resource.request?.headers ?? [])
    headers.push(input.headers[header.name.toLowerCase()]);
  return [resource.id, input.url.path, JSON.stringify(input.url.query), JSON.stringify(headers), body].join(
    SEP,
  );
}

/** Bodies handed to Prism carry the text they were parsed from, which is cheaper to compare than the value. */
const bodyTexts = new WeakMap<object, string>();

export function withBodyText<T extends object>(input: T, text: string): T {
  bodyTexts.set(input, text);
  return input;
}

function bodyKeyOf(input: HttpInput): string | undefined {
  const text = bodyTexts.get(input);
  if (text !== undefined) return `t${text}`;
  const value = plainJsonText(input.body);
  return value === undefined ? undefined : `v${value}`;
}

/**
 * The JSON text of a value that JSON represents exactly (plain objects and arrays, strings, finite numbers,
 * booleans, null), so that equal text means an equal value for a validator; undefined for anything else
 * (undefined properties or items, NaN, -0, dates, class instances), which is then never remembered.
 */
export function plainJsonText(value: unknown): string | undefined {
  if (value === undefined) return "u";
  return isPlainJson(value) ? JSON.stringify(value) : undefined;
}

function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) if (!isPlainJson(value[index])) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) {
        if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
