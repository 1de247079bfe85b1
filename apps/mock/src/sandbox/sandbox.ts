import type { IncomingHttpHeaders } from "node:http";
import type { Description } from "../description.js";
import { isRequestError, type PrismOperation, type Responder, type ValidatedCall } from "../prism-engine.js";
import { describedExamples } from "./examples.js";
import { isAnsweredAnew, SandboxMemory } from "./memory.js";
import { Timeline } from "./timeline.js";
import type {
  ApiBehaviour,
  Handler,
  SandboxAnswer,
  SandboxCall,
  SandboxContext,
  SandboxOptions,
} from "./types.js";

export interface Sandboxes {
  /** Answers validated requests from the sandbox of their credential. */
  readonly responder: Responder;
  /** Resets the sandbox of the request's credential, or every sandbox when it carries none; returns how many. */
  reset(headers: Readonly<IncomingHttpHeaders>): number;
  /** Makes `event` happen in the sandbox of the request's credential (`POST /__sandbox/events/<event>`). */
  trigger(
    event: string,
    headers: Readonly<IncomingHttpHeaders>,
    body: unknown,
  ): { status: number; body: unknown };
  close(): void;
}

interface Sandbox<S> {
  readonly state: S;
  readonly context: SandboxContext;
  readonly timeline: Timeline;
  readonly memory: SandboxMemory;
  /** Whether the handler running now asked the clock. */
  readonly clock: { asked: boolean };
}

const DEFAULT_SANDBOX = "";
const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * One sandbox per credential, each a state seeded from the description's examples, created on its first request.
 * A request goes to its operation's handler unless it failed validation or chose its answer with `Prefer`.
 */
export function createSandboxes<S>(
  description: Description,
  behaviour: ApiBehaviour<S>,
  options: SandboxOptions & { readonly log: (line: string) => void },
): Sandboxes {
  const examples = describedExamples(description);
  const memoize = options.memoize ?? true;
  const handlers = handlersByOperationId(behaviour);
  const sandboxes = new Map<string, Sandbox<S>>();

  const sandboxOf = (headers: Readonly<IncomingHttpHeaders>): Sandbox<S> => {
    const credential = behaviour.sandboxKey(headers);
    const key = credential ?? DEFAULT_SANDBOX;
    let sandbox = sandboxes.get(key);
    if (!sandbox) {
      const timeline = new Timeline();
      const memory = new SandboxMemory();
      const clock = { asked: false };
      const context: SandboxContext = {
        credential,
        options,
        now: () => {
          clock.asked = true;
          return new Date();
        },
        later: (afterMs, action) =>
          timeline.at(Date.now() + afterMs, () => {
            action();
            memory.changed();
          }),
        log: options.log,
        changed: () => memory.changed(),
      };
      sandbox = { state: behaviour.createState(examples, context), context, timeline, memory, clock };
      sandboxes.set(key, sandbox);
    }
    return sandbox;
  };

  /** The handler's answer, or the one it gave before while the state has not changed since (see memory.ts). */
  const answerOf = (
    sandbox: Sandbox<S>,
    handler: Handler<S>,
    call: SandboxCall<S>,
    validated: ValidatedCall,
  ): SandboxAnswer | undefined => {
    const { same } = validated;
    const read = READ_METHODS.has(validated.request.method);
    const remembers = memoize !== false && same !== undefined && read && !isAnsweredAnew(handler);
    const known = remembers ? sandbox.memory.recall(same) : undefined;
    if (known && memoize === true) return known.answer;
    sandbox.clock.asked = false;
    const answer = handler(call);
    if (!read) sandbox.memory.changed();
    if (!remembers || sandbox.clock.asked) return answer;
    if (memoize === true) {
      sandbox.memory.keep(same, answer);
      return answer;
    }
    const text = JSON.stringify(answer) ?? "";
    if (known && known.text !== text) {
      options.log(`The remembered answer to ${call.operationId} differs from the answer made anew.`);
    }
    sandbox.memory.keep(same, answer, text);
    return answer;
  };

  const responder: Responder = (validated: ValidatedCall) => {
    const failedSecurity = validated.violations.some(
      (violation) => isRequestError(violation) && String(violation.code) === "401",
    );
    if (failedSecurity) return undefined;
    const sandbox = sandboxOf(validated.request.headers);
    sandbox.timeline.settle();
    const operationId = validated.operation.iid ?? "";
    const call = new HandledCall(operationId, validated, shapeOf(validated.operation), sandbox);
    const first = behaviour.beforeEach?.(call);
    if (first) return first;
    if (validated.prefers || validated.violations.some(isRequestError)) return undefined;
    const handler = handlers.get(operationId);
    return handler && answerOf(sandbox, handler, call, validated);
  };

  return {
    responder,
    reset(headers) {
      const credential = behaviour.sandboxKey(headers);
      const keys = behaviour.carriesCredential(headers)
        ? [credential ?? DEFAULT_SANDBOX]
        : [...sandboxes.keys()];
      let count = 0;
      for (const key of keys) {
        const sandbox = sandboxes.get(key);
        if (!sandbox) continue;
        sandbox.timeline.stop();
        sandboxes.delete(key);
        count += 1;
      }
      return count;
    },
    trigger(event, headers, body) {
      const triggers = behaviour.eventTriggers ?? {};
      const handler = Object.hasOwn(triggers, event) ? triggers[event] : undefined;
      if (!handler) {
        const known = Object.keys(triggers);
        const message = `No sandbox event ${event}: ${known.length > 0 ? `the sandbox can make ${known.join(", ")} happen` : "this API's sandbox makes none happen"}`;
        return { status: 404, body: { status: "error", message } };
      }
      if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
        return {
          status: 400,
          body: { status: "error", message: "The body must be a JSON object (or empty)" },
        };
      }
      const sandbox = sandboxOf(headers);
      sandbox.timeline.settle();
      const outcome = handler({
        body: (body ?? {}) as Record<string, unknown>,
        state: sandbox.state,
        sandbox: sandbox.context,
      });
      sandbox.memory.changed();
      if ("problem" in outcome) return { status: 400, body: { status: "error", message: outcome.problem } };
      return { status: 200, body: { status: "happened", event, data: outcome.data } };
    },
    close() {
      for (const sandbox of sandboxes.values()) sandbox.timeline.stop();
      sandboxes.clear();
    },
  };
}

function handlersByOperationId<S>(behaviour: ApiBehaviour<S>): Map<string, Handler<S>> {
  const handlers = new Map<string, Handler<S>>();
  for (const resource of behaviour.resources) {
    for (const [operationId, handler] of Object.entries(resource)) {
      if (handlers.has(operationId)) throw new Error(`Two sandbox handlers for ${operationId}.`);
      handlers.set(operationId, handler);
    }
  }
  return handlers;
}

/**
 * A validated call as a handler is given it. Its path parameters and query are made when first read: a remembered
 * answer needs neither. (Getters on the class, not closures per call, so that a call holds nothing longer than the
 * request it is made for.)
 */
class HandledCall<S> implements SandboxCall<S> {
  readonly headers: SandboxCall<S>["headers"];
  readonly body: unknown;
  readonly state: S;
  readonly sandbox: SandboxContext;
  readonly #validated: ValidatedCall;
  readonly #shape: OperationShape;
  #path: Record<string, string> | undefined;
  #query: Record<string, string | string[]> | undefined;

  constructor(
    readonly operationId: string,
    validated: ValidatedCall,
    shape: OperationShape,
    sandbox: Sandbox<S>,
  ) {
    this.headers = validated.request.headers;
    this.body = validated.request.body;
    this.state = sandbox.state;
    this.sandbox = sandbox.context;
    this.#validated = validated;
    this.#shape = shape;
  }

  get path(): Record<string, string> {
    this.#path ??= pathParameters(this.#shape, this.#validated.request.path);
    return this.#path;
  }

  get query(): Record<string, string | string[]> {
    this.#query ??= withDefaults(this.#shape, this.#validated.request.query);
    return this.#query;
  }
}

/** What the sandbox reads of an operation for each call: its path's parameter names and its query's defaults. */
interface OperationShape {
  /** `/positions/{position_id}` -> `[undefined, "positions", "position_id"]`: the parameter of each segment. */
  readonly segments: readonly (string | undefined)[];
  /** Each query parameter with a default, and the default as text. */
  readonly defaults: readonly (readonly [string, string])[];
}

const shapes = new WeakMap<PrismOperation, OperationShape>();

function shapeOf(operation: PrismOperation): OperationShape {
  let shape = shapes.get(operation);
  if (!shape) {
    shape = {
      segments: operation.path.split("/").map((segment) => /^\{(.+)\}$/.exec(segment)?.[1]),
      defaults: (operation.request?.query ?? []).flatMap((parameter) => {
        const fallback = (parameter.schema as { default?: unknown } | undefined)?.default;
        return fallback === undefined ? [] : [[parameter.name, String(fallback)] as const];
      }),
    };
    shapes.set(operation, shape);
  }
  return shape;
}

/** `/positions/{position_id}` and `/positions/42` -> `{ position_id: "42" }`. */
function pathParameters({ segments }: OperationShape, path: string): Record<string, string> {
  const values = path.split("/");
  const parameters: Record<string, string> = {};
  segments.forEach((name, index) => {
    const value = values[index];
    if (name && value !== undefined) parameters[name] = decodeURIComponent(value);
  });
  return parameters;
}

/** The query as sent, with the description's default for every parameter left out (as text, like the rest). */
function withDefaults(
  { defaults }: OperationShape,
  query: Readonly<Record<string, string | string[]>>,
): Record<string, string | string[]> {
  const withDefault = { ...query };
  for (const [name, fallback] of defaults) {
    if (withDefault[name] === undefined) withDefault[name] = fallback;
  }
  return withDefault;
}
