/**
 * A Request that remembers the signal its caller gave it, for openapi-fetch's `Request` option. fetch copies every
 * Request it is given, and the copy follows the original's signal through a weak reference and a finalizer, which
 * costs about 4 % of a request on loopback. A request no caller can abort need not be followed: with this
 * Request, `createResilientFetch` sends the copy the caller's own signal, or none.
 */
export class CallRequest extends Request {
  readonly #callerSignal: AbortSignal | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.#callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  }

  /**
   * Every Request counts as one: openapi-fetch checks what a middleware returns against its `Request` option, and a
   * middleware may return a plain `new Request(...)`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  /** What may abort `request`: the caller's signal, or undefined when nothing can; any other Request's own signal. */
  static callerSignalOf(request: Request): AbortSignal | undefined {
    return #callerSignal in request ? request.#callerSignal : request.signal;
  }
}
