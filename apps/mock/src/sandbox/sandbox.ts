import type { IncomingHttpHeaders } from "node:http";
import type { Description } from "../description.js";
import { isRequestError, type PrismOperation, type Responder, type ValidatedCall } from "../prism-engine.js";
import { describedExamples } from "./examples.js";
import { Timeline } from "./timeline.js";
import type { ApiBehaviour, Handler, SandboxCall, SandboxContext, SandboxOptions } from "./types.js";

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
}

const DEFAULT_SANDBOX = "";

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
  const handlers = handlersByOperationId(behaviour);
  const sandboxes = new Map<string, Sandbox<S>>();

  const sandboxOf = (headers: Readonly<IncomingHttpHeaders>): Sandbox<S> => {
    const credential = behaviour.sandboxKey(headers);
    const key = credential ?? DEFAULT_SANDBOX;
    let sandbox = sandboxes.get(key);
    if (!sandbox) {
      const timeline = new Timeline();
      const context: SandboxContext = {
        credential,
        options,
        now: () => new Date(),
        later: (afterMs, action) => timeline.at(Date.now() + afterMs, action),
        log: options.log,
      };
      sandbox = { state: behaviour.createState(examples, context), context, timeline };
      sandboxes.set(key, sandbox);
    }
    return sandbox;
  };

  const responder: Responder = (validated: ValidatedCall) => {
    const failedSecurity = validated.violations.some(
      (violation) => isRequestError(violation) && String(violation.code) === "401",
    );
    if (failedSecurity) return undefined;
    const sandbox = sandboxOf(validated.request.headers);
    sandbox.timeline.settle();
    const operationId = validated.operation.iid ?? "";
    const call: SandboxCall<S> = {
      operationId,
      path: pathParameters(validated.operation.path, validated.request.path),
      query: withDefaults(validated.operation, validated.request.query),
      headers: validated.request.headers,
      body: validated.request.body,
      state: sandbox.state,
      sandbox: sandbox.context,
    };
    const first = behaviour.beforeEach?.(call);
    if (first) return first;
    if (validated.prefers || validated.violations.some(isRequestError)) return undefined;
    return handlers.get(operationId)?.(call);
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

/** `/positions/{position_id}` and `/positions/42` -> `{ position_id: "42" }`. */
function pathParameters(template: string, path: string): Record<string, string> {
  const names = template.split("/");
  const values = path.split("/");
  const parameters: Record<string, string> = {};
  names.forEach((name, index) => {
    const match = /^\{(.+)\}$/.exec(name);
    const value = values[index];
    if (match?.[1] && value !== undefined) parameters[match[1]] = decodeURIComponent(value);
  });
  return parameters;
}

/** The query as sent, with the description's default for every parameter left out (as text, like the rest). */
function withDefaults(
  operation: PrismOperation,
  query: Readonly<Record<string, string | string[]>>,
): Record<string, string | string[]> {
  const withDefault = { ...query };
  for (const parameter of operation.request?.query ?? []) {
    const fallback = (parameter.schema as { default?: unknown } | undefined)?.default;
    if (withDefault[parameter.name] === undefined && fallback !== undefined) {
      withDefault[parameter.name] = String(fallback);
    }
  }
  return withDefault;
}
