import type { IncomingHttpHeaders } from "node:http";
import type { SandboxAnswer } from "../prism-engine.js";
import type { DescribedExamples } from "./examples.js";

/*
 * The interface between the sandbox engine and an API's behaviour. An API's behaviour is a list of resource
 * modules, each a record of handlers keyed by the operationId they answer, over one state object per sandbox.
 */

export type { SandboxAnswer } from "../prism-engine.js";

/** One validated request, handed to the handler of its operation. */
export interface SandboxCall<S> {
  readonly operationId: string;
  /** Path parameters, decoded: `{ position_id: "42" }`. Prism has checked their types. */
  readonly path: Readonly<Record<string, string>>;
  /** Query parameters as sent (Prism has checked them), with the description's defaults for those left out. */
  readonly query: Readonly<Record<string, string | string[]>>;
  /**
   * The request's headers. A handler reads only those the engine reads too (credentials, Accept, Prefer,
   * Content-Type, declared headers): a read's answer is remembered for requests that agree on those.
   */
  readonly headers: Readonly<IncomingHttpHeaders>;
  /** The parsed JSON body, valid against the operation's request schema; null without one. */
  readonly body: unknown;
  /** This sandbox's state: the handler reads and changes it in place. */
  readonly state: S;
  readonly sandbox: SandboxContext;
}

/**
 * Answers an operation from the state, or returns undefined to let Prism answer with the description's example.
 * A read's answer (GET or HEAD) is remembered until the state may have changed, unless the handler asked the clock
 * (`sandbox.now()`) or is `answeredAnew`.
 */
export type Handler<S> = (call: SandboxCall<S>) => SandboxAnswer | undefined;

/** A resource's handlers, keyed by operationId. */
export type ResourceModule<S> = Readonly<Record<string, Handler<S>>>;

export interface SandboxTimings {
  /** How long a research job takes from submission to its final state. */
  readonly jobSeconds: number;
  /** How long until the executor's next cycle acts on a signal (closing a position). */
  readonly executorSeconds: number;
}

export interface SandboxOptions extends SandboxTimings {
  /**
   * Remember the answers of reads until the state may have changed (the default). False answers every read anew;
   * "checked" remembers, answers anew too and logs every remembered answer that differs (for tests).
   */
  readonly memoize?: boolean | "checked";
  /** Apply the API's documented rate limits per credential. */
  readonly rateLimits: boolean;
  /** Deliver webhooks to any host, not only to loopback addresses. */
  readonly webhooksToAnyHost: boolean;
}

/** What a handler may use besides the state: the clock, deferred work, the mock's options. */
export interface SandboxContext {
  /** The credential this sandbox belongs to; undefined for the shared default sandbox. */
  readonly credential: string | undefined;
  readonly options: SandboxOptions;
  now(): Date;
  /**
   * Runs `action` on this sandbox `afterMs` from now: on a timer, or earlier at the first request that arrives after
   * it is due, so that reads never see it late. Dropped when the sandbox is reset.
   */
  later(afterMs: number, action: () => void): void;
  /** Tells the mock's log something a user should know (a webhook that could not be delivered). */
  log(line: string): void;
  /**
   * Says that the state changed outside a handler, a deferred action or an event (a webhook delivery was logged), so
   * that no answer remembered before is given again.
   */
  changed(): void;
}

/** What a sandbox event's trigger is given: the sandbox and the JSON body of `POST /__sandbox/events/<event>`. */
export interface EventTrigger<S> {
  /** The parsed JSON body; an empty object without one. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly state: S;
  readonly sandbox: SandboxContext;
}

/**
 * Makes happen in the sandbox what happens in the service without an API call (the executor opens a position, a
 * strategy is promoted): changes the state as the service would and sends the webhooks. Returns the event's data,
 * or a problem in the request (an unknown strategy, nothing to demote) in words.
 */
export type EventTriggerHandler<S> = (trigger: EventTrigger<S>) => { data: unknown } | { problem: string };

/** Everything an API's sandbox needs from its behaviour. */
export interface ApiBehaviour<S> {
  /** Which sandbox a request belongs to: a credential, or undefined for the shared default sandbox. */
  sandboxKey(headers: Readonly<IncomingHttpHeaders>): string | undefined;
  /** Whether a request carries a credential at all, valid or not (a reset without one resets every sandbox). */
  carriesCredential(headers: Readonly<IncomingHttpHeaders>): boolean;
  /** A fresh state, seeded from the description's examples. */
  createState(examples: DescribedExamples, context: SandboxContext): S;
  readonly resources: readonly ResourceModule<S>[];
  /**
   * Runs before every request that passed the security check, valid or not, answered by a handler or by Prism:
   * counts usage, applies rate limits. An answer here is final.
   */
  beforeEach?(call: SandboxCall<S>): SandboxAnswer | undefined;
  /** The events a caller can make happen, by webhook event name (`POST /__sandbox/events/<event>`). */
  readonly eventTriggers?: Readonly<Record<string, EventTriggerHandler<S>>>;
}
