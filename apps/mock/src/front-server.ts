import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { writeAnswer } from "./answer-writes.js";
import type { ApiProfile } from "./apis.js";
import { answerClientError } from "./client-errors.js";
import { isPreflight, preflightHeaders, responseCorsHeaders } from "./cors.js";
import { nonFiniteNumberPath } from "./finite-numbers.js";
import { type CacheLimits, LruCache } from "./lru-cache.js";
import { type ApiError, apiErrorBody, apiErrorFor, violationsHeader } from "./prism-answers.js";
import type {
  EngineAnswer,
  EngineRequest,
  EngineResult,
  PreparedRequest,
  PrismEngine,
  Responder,
} from "./prism-engine.js";
import type { QueryChecker } from "./query-checks.js";
import { JSON_MEDIA_TYPE, readJsonBody, undecodablePathSegment } from "./request-checks.js";

/** What serves a mocked API's operations: Prism, and the sandbox in front of it unless the mock is stateless. */
export interface Backend {
  readonly engine: PrismEngine;
  readonly responder?: Responder;
}

export interface FrontServerOptions {
  readonly profile: ApiProfile;
  /** The path of the description's server URL, which Prism ignores and the front server strips. */
  readonly basePath: string;
  readonly host: string;
  readonly port: number;
  /** How the description wants clients to authenticate, for the 401 message. */
  readonly credentialsHint: () => string;
  /** The query checks of the description of the moment. */
  readonly queryChecker: () => QueryChecker;
  /** The backend of the moment (it changes on reload). */
  readonly backend: () => Backend;
  /** Answers `POST /__sandbox/reset`; absent for a stateless mock. */
  readonly resetSandbox?: (headers: IncomingHttpHeaders) => number;
  /** Answers `POST /__sandbox/events/<event>`; absent for a stateless mock. */
  readonly triggerSandboxEvent?: (
    event: string,
    headers: IncomingHttpHeaders,
    body: unknown,
  ) => { status: number; body: unknown };
  /** Called with one line per request. */
  readonly logRequest?: (line: string) => void;
}

export interface FrontServer {
  readonly port: number;
  close(): Promise<void>;
}

/** A whole answer. */
interface Answer {
  readonly status: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

/** An answer remembered for a request whose answer is a pure function of it (no sandbox takes part). */
interface KnownAnswer extends Answer {
  /** `headers` with the body's length: all a request without an Origin gets. */
  readonly headersWithLength: OutgoingHttpHeaders;
}

/** A request read and prepared: what the front server and the engine decided, a pure function of its arrival. */
interface Call {
  readonly prepared: PreparedRequest;
  /** The request the responder is given, with the headers of the one that arrived. */
  requestWith(headers: IncomingHttpHeaders): EngineRequest;
}

/**
 * A call remembered for a sandbox, with its last result and answer. The sandbox answers it anew every time; when
 * the engine gives the same result object again (the sandbox's answer was the same), so is the answer. A new result
 * replaces both in place, so that an answer which changes with every request (a counter) churns no cache entry.
 */
interface KnownCall {
  readonly call: Call;
  result: EngineResult;
  answer: KnownAnswer;
}

/** What the front server remembers for one backend: whole answers without a sandbox, calls with one. */
interface Memory {
  readonly answers: LruCache<KnownAnswer>;
  readonly calls: LruCache<KnownCall>;
}

/** Bounds the answers (and the calls) remembered per backend (weights in UTF-16 code units of key and body). */
export const ANSWER_LIMITS: CacheLimits = { entries: 4096, weight: 16 * 1024 * 1024 };
export const HEALTH_PATH = "/__health";
export const RESET_PATH = "/__sandbox/reset";
export const EVENTS_PATH = "/__sandbox/events/";
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "host",
  "upgrade",
]);

/**
 * The public face of one mocked API: serves it under the documents' base path (which Prism ignores), answers
 * health checks and CORS, turns away what Prism would misread, and writes Prism's failures in the API's own error
 * shape.
 */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const { profile, basePath } = options;
  const sendError = (req: IncomingMessage, res: ServerResponse, error: ApiError) =>
    send(req, res, error.status, { "content-type": "application/json" }, apiErrorBody(profile, error));
  const sendJson = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) =>
    send(req, res, status, { "content-type": "application/json" }, Buffer.from(JSON.stringify(body)));
  const memories = new WeakMap<Backend, Memory>();
  const memoryOf = (backend: Backend) => {
    let memory = memories.get(backend);
    if (!memory) {
      memory = { answers: new LruCache(ANSWER_LIMITS), calls: new LruCache(ANSWER_LIMITS) };
      memories.set(backend, memory);
    }
    return memory;
  };
  // Without a sandbox the answer is a pure function of the request as it arrived: what the front server reads
  // (method, URL, Content-Type, the body) and the headers some step of Prism's pipeline reads. With one, so is all
  // that is decided before the sandbox answers.
  const keyOf = (backend: Backend, req: IncomingMessage, body: Buffer) =>
    arrivalKey(req, body, backend.engine.readsHeaders);

  /**
   * Answers a request without a body that was answered before, before anything else is read: the checks in `serve`
   * depend only on what its key holds, so it passed them before and passes them now. False when it was not.
   */
  const answerFromMemory = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (hasBody(req)) return false;
    const backend = options.backend();
    return answerKnown(backend, keyOf(backend, req, NO_BODY), req, res);
  };

  /** Answers a request read before from what was remembered under its key; false when nothing was. */
  const answerKnown = (backend: Backend, key: string, req: IncomingMessage, res: ServerResponse) => {
    const memory = memoryOf(backend);
    if (backend.responder) {
      const known = memory.calls.get(key);
      if (!known) return false;
      try {
        const request = known.call.requestWith(req.headers);
        answerCall(backend, key, known.call, request, req, res, known)?.catch((error: unknown) =>
          failed(req, res, error),
        );
      } catch (error) {
        failed(req, res, error);
      }
      return true;
    }
    const known = memory.answers.get(key);
    if (!known) return false;
    sendKnown(req, res, known);
    return true;
  };

  /**
   * Answers a call through the sandbox and remembers it under `key` with its result and answer: when the engine
   * gives the same result again, the answer is the one already made.
   */
  const answerCall = (
    backend: Backend,
    key: string,
    call: Call,
    request: EngineRequest,
    req: IncomingMessage,
    res: ServerResponse,
    last?: KnownCall,
  ): void | Promise<void> => {
    const finish = (result: EngineResult) => {
      if (result === last?.result) {
        sendKnown(req, res, last.answer);
        return;
      }
      const answer = knownAnswerOf(answerFrom(result, request.method, stripQuery(req.url ?? "/")));
      const weight = weightOf(key, answer);
      if (last) {
        last.result = result;
        last.answer = answer;
        memoryOf(backend).calls.reweigh(key, weight);
      } else if (call.prepared.reusable) memoryOf(backend).calls.set(key, { call, result, answer }, weight);
      sendKnown(req, res, answer);
    };
    const result = backend.engine.answer(call.prepared, backend.responder, request);
    return result instanceof Promise ? result.then(finish) : finish(result);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    const path = stripQuery(url);
    if (path === HEALTH_PATH) {
      sendJson(req, res, 200, { status: "ok", api: profile.name, basePath });
      return;
    }
    if (path === RESET_PATH && req.method === "POST" && options.resetSandbox) {
      req.resume();
      sendJson(req, res, 200, { status: "reset", sandboxes: options.resetSandbox(req.headers) });
      return;
    }
    if (path.startsWith(EVENTS_PATH) && req.method === "POST" && options.triggerSandboxEvent) {
      await triggerEvent(
        req,
        res,
        decodeURIComponent(path.slice(EVENTS_PATH.length)),
        options.triggerSandboxEvent,
      );
      return;
    }
    const backend = options.backend();
    const apiPath = stripBasePath(url, basePath);
    if (apiPath === undefined) {
      const message = `Not found: ${req.method} ${path} is outside ${basePath}, where the ${profile.title} is served`;
      sendError(req, res, { status: 404, message });
      return;
    }
    const badSegment = undecodablePathSegment(path);
    if (badSegment !== undefined) {
      const message = `Malformed path: segment "${badSegment}" is not valid percent-encoding`;
      sendError(req, res, { status: 400, message });
      return;
    }
    let body: Buffer | undefined;
    try {
      body = await readBody(req);
    } catch {
      res.destroy();
      return;
    }
    if (body === undefined) {
      sendError(req, res, { status: 413, message: `Request body larger than ${MAX_BODY_BYTES} bytes` });
      return;
    }
    const key = keyOf(backend, req, body);
    if (answerKnown(backend, key, req, res)) return;
    const json = readJsonBody(req.headers, body);
    if (json && "problem" in json) {
      sendError(req, res, { status: 400, message: json.problem });
      return;
    }
    const parsed: unknown = json ? JSON.parse(json.text) : undefined;
    const nonFinite = nonFiniteNumberPath(parsed);
    if (nonFinite !== undefined) {
      const what = nonFinite === "" ? "Request body" : `Request body property ${nonFinite}`;
      sendError(req, res, { status: 400, message: `${what} must be a finite number` });
      return;
    }
    const query = options.queryChecker().check(req.method ?? "GET", apiPath);
    if ("problem" in query) {
      sendError(req, res, { status: 400, message: query.problem });
      return;
    }
    const target = new URL(query.path, "http://mock.invalid");
    const text = json ? json.text : body.length > 0 ? body.toString("utf8") : undefined;
    // What the request is made of again for each request that arrives like this one: a remembered call keeps
    // these, not the request that first arrived.
    const { mediaType } = query;
    const method = req.method ?? "GET";
    const { pathname } = target;
    const values = queryObject(target.searchParams);
    const firstBody: unknown = json ? parsed : (text ?? null);
    // A JSON body is parsed anew for each later request: a sandbox may keep the body it was given.
    const requestWith = (
      arrived: IncomingHttpHeaders,
      parsedBody: unknown = json ? JSON.parse(json.text) : firstBody,
    ): EngineRequest => {
      const headers = json || mediaType ? { ...arrived } : arrived;
      if (json) headers["content-type"] = json.contentType;
      if (mediaType) headers.accept = mediaType;
      return {
        method,
        path: pathname,
        query: values,
        headers,
        body: parsedBody,
        ...(text === undefined ? {} : { bodyText: text }),
      };
    };
    const call: Call = { prepared: backend.engine.prepare(requestWith(req.headers, firstBody)), requestWith };
    if (backend.responder) {
      await answerCall(backend, key, call, call.prepared.request, req, res);
      return;
    }
    const result = await backend.engine.answer(call.prepared);
    const answer = knownAnswerOf(answerFrom(result, call.prepared.request.method, path));
    if (call.prepared.reusable && backend.engine.remembersAnswer(call.prepared.request))
      memoryOf(backend).answers.set(key, answer, weightOf(key, answer));
    sendKnown(req, res, answer);
  };

  /** Prism's answer, or Prism's failure in the API's own error shape. */
  const answerFrom = (result: EngineResult, method: string, path: string): Answer => {
    const apiError = apiErrorFor(result, {
      method,
      path,
      title: profile.title,
      credentialsHint: options.credentialsHint(),
    });
    const headers = headersOf(result);
    if (apiError) {
      const errorHeaders = { ...headers, "content-type": "application/json" };
      return { status: apiError.status, headers: errorHeaders, body: apiErrorBody(profile, apiError) };
    }
    if (result.kind === "answer")
      return { status: result.answer.status, headers, body: serialized(result.answer) };
    throw new Error(`Prism's problem ${result.problem.name} has no API error`);
  };

  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    if (res.headersSent) res.destroy();
    else sendError(req, res, { status: 500, message: `The mock failed: ${(error as Error).message}` });
  };

  const triggerEvent = async (
    req: IncomingMessage,
    res: ServerResponse,
    event: string,
    trigger: NonNullable<FrontServerOptions["triggerSandboxEvent"]>,
  ) => {
    const body = await readBody(req);
    if (body === undefined) {
      sendError(req, res, { status: 413, message: `Request body larger than ${MAX_BODY_BYTES} bytes` });
      return;
    }
    const text = body.toString("utf8").trim();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch (error) {
      sendJson(req, res, 400, {
        status: "error",
        message: `The body is not JSON: ${(error as Error).message}`,
      });
      return;
    }
    const answer = trigger(event, req.headers, parsed);
    sendJson(req, res, answer.status, answer.body);
  };

  const server = createServer((req, res) => {
    if (options.logRequest) {
      const started = performance.now();
      res.once("finish", () => {
        const ms = (performance.now() - started).toFixed(1);
        options.logRequest?.(`${req.method} ${req.url} -> ${res.statusCode} (${ms} ms)`);
      });
    }
    if (isPreflight(req)) {
      res.writeHead(204, preflightHeaders(req)).end();
      return;
    }
    if (answerFromMemory(req, res)) return;
    serve(req, res).catch((error: unknown) => failed(req, res, error));
  });
  server.keepAliveTimeout = 30_000;
  server.on("clientError", (error, socket) => answerClientError(profile, error, socket as Socket));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => closeServer(server),
  };
}

/**
 * Method, URL, the named headers and the body's bytes, as text. Node's parser lets no control character into a
 * method, URL or header value, so the separators below cannot occur inside one and the key reads one way only.
 */
function arrivalKey(req: IncomingMessage, body: Buffer, headerNames: readonly string[]): string {
  let key = `${req.method} ${req.url}`;
  for (const name of headerNames) {
    const value = req.headers[name];
    key += value === undefined ? "\u0001" : `\u0000${value}`;
  }
  return body.length === 0 ? key : `${key}\u0002${body.toString("latin1")}`;
}

/** `keys[]=a&keys[]=b&page=0` -> `{"keys[]": ["a", "b"], page: "0"}`, as Prism reads a query. */
function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/** The answer's own headers, and what Prism found wrong in `sl-violations`. */
function headersOf(result: EngineResult): OutgoingHttpHeaders {
  if (result.kind === "problem") return { ...result.problem.additional?.headers };
  const headers: OutgoingHttpHeaders = copiedHeaders(result.answer.headers);
  const violations = violationsHeader(result.answer.violations);
  if (violations !== undefined) headers["sl-violations"] = violations;
  return headers;
}

/** The answer's body as Prism's server writes it: JSON for JSON media types (a string too), text as it is. */
function serialized({ headers, body, bodyJson }: EngineAnswer): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  const isJson = JSON_MEDIA_TYPE.test(headers["content-type"] ?? "");
  if (!isJson && typeof body === "string") return Buffer.from(body, "utf8");
  return Buffer.from(bodyJson ?? JSON.stringify(body), "utf8");
}

/** What a remembered answer weighs in its cache: its key and its body. */
function weightOf(key: string, answer: Answer): number {
  return key.length + answer.body.length;
}

function knownAnswerOf({ status, headers, body }: Answer): KnownAnswer {
  const headersWithLength: OutgoingHttpHeaders = {};
  for (const name in headers) headersWithLength[name] = headers[name];
  headersWithLength["content-length"] = body.length;
  return { status, headers, body, headersWithLength };
}

/** A remembered answer: without an Origin, with the headers made when it was stored; else as `send` writes it. */
function sendKnown(req: IncomingMessage, res: ServerResponse, known: KnownAnswer) {
  if (req.headers.origin !== undefined) {
    send(req, res, known.status, known.headers, known.body);
    return;
  }
  writeAnswer(res, known.status, known.headersWithLength, known.body);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
) {
  const allHeaders = { ...headers, "content-length": body.length };
  writeAnswer(res, status, { ...allHeaders, ...responseCorsHeaders(req, allHeaders) }, body);
}

/** `/v1/market/price?x=1` -> `/market/price?x=1`; undefined when the URL is outside the base path. */
function stripBasePath(url: string, basePath: string): string | undefined {
  if (!url.startsWith(basePath)) return undefined;
  const rest = url.slice(basePath.length);
  if (rest === "" || rest.startsWith("?")) return `/${rest}`;
  return rest.startsWith("/") ? rest : undefined;
}

const NO_BODY = Buffer.alloc(0);

function stripQuery(url: string): string {
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}

/** HTTP/1.1: a request with neither a length nor a transfer encoding has no body (Node discards what is left). */
function hasBody(req: IncomingMessage): boolean {
  const { "content-length": length, "transfer-encoding": encoding } = req.headers;
  return encoding !== undefined || (length !== undefined && length !== "0");
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (!hasBody(req)) return Promise.resolve(NO_BODY);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks) : undefined));
    req.on("error", reject);
  });
}

function copiedHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): OutgoingHttpHeaders {
  const copy: OutgoingHttpHeaders = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined && !HOP_BY_HOP.has(name) && !name.startsWith("access-control-"))
      copy[name] = value;
  }
  return copy;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
