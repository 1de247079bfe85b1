import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { ApiProfile } from "./apis.js";
import { withClientQueryNames, withPrismQueryNames } from "./bracketed-query-names.js";
import { answerClientError } from "./client-errors.js";
import { isPreflight, preflightHeaders, responseCorsHeaders } from "./cors.js";
import { type ApiError, apiErrorBody, apiErrorFor, withRewrittenViolations } from "./prism-answers.js";
import type { QueryChecker } from "./query-checks.js";
import { readJsonBody, undecodablePathSegment } from "./request-checks.js";
import { withClientPropertyNames, withPrismPropertyNames } from "./unicode-property-names.js";

/** Where the front server forwards API calls: the Prism process of the moment (it changes on reload). */
export interface Upstream {
  readonly host: string;
  readonly port: number;
  readonly running: boolean;
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
  readonly upstream: () => Upstream;
  /** Called when Prism dropped a request: it may have crashed. */
  readonly reportDroppedRequest: () => void;
}

export interface FrontServer {
  readonly port: number;
  close(): Promise<void>;
}

export const HEALTH_PATH = "/__health";
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const PRISM_DOWN = "The mock's Prism process is not answering; it is being restarted, try again shortly";
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
 * health checks and CORS, and rewrites Prism's failures into the API's own error shape.
 */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const { profile, basePath } = options;
  const agents = new Map<number, Agent>();
  const agentFor = (port: number) => {
    let agent = agents.get(port);
    if (!agent) {
      for (const [oldPort, oldAgent] of agents) {
        oldAgent.destroy();
        agents.delete(oldPort);
      }
      agent = new Agent({ keepAlive: true, maxSockets: 128 });
      agents.set(port, agent);
    }
    return agent;
  };

  const sendError = (req: IncomingMessage, res: ServerResponse, error: ApiError) =>
    send(req, res, error.status, { "content-type": "application/json" }, apiErrorBody(profile, error));

  const server = createServer(async (req, res) => {
    if (isPreflight(req)) {
      res.writeHead(204, preflightHeaders(req)).end();
      return;
    }
    const url = req.url ?? "/";
    const path = url.split("?", 1)[0] ?? "/";
    if (path === HEALTH_PATH) {
      const upstream = options.upstream();
      const status = upstream.running ? 200 : 503;
      const body = {
        status: upstream.running ? "ok" : "down",
        api: profile.name,
        basePath,
      };
      send(req, res, status, { "content-type": "application/json" }, Buffer.from(JSON.stringify(body)));
      return;
    }
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
    const query = options.queryChecker().check(req.method ?? "GET", apiPath);
    if ("problem" in query) {
      sendError(req, res, { status: 400, message: query.problem });
      return;
    }
    const upstreamHeaders = copiedHeaders(req.headers);
    let forwardedBody = body;
    let clientNames: ReadonlyMap<string, string> = new Map();
    const json = readJsonBody(req.headers, body);
    if (json && "problem" in json) {
      sendError(req, res, { status: 400, message: json.problem });
      return;
    }
    if (json) {
      const respelled = withPrismPropertyNames(json.text);
      clientNames = respelled.clientNames;
      forwardedBody = Buffer.from(respelled.text, "utf8");
      upstreamHeaders["content-type"] = json.contentType;
    }
    if (forwardedBody.length > 0) upstreamHeaders["content-length"] = forwardedBody.length;
    const upstream = options.upstream();
    if (!upstream.running) {
      sendError(req, res, { status: 503, message: PRISM_DOWN });
      return;
    }
    const forwarded = request(
      {
        host: upstream.host,
        port: upstream.port,
        method: req.method,
        path: withPrismQueryNames(query.path),
        headers: upstreamHeaders,
        agent: agentFor(upstream.port),
      },
      (answer) => {
        answer.on("error", () => res.destroy());
        const status = answer.statusCode ?? 502;
        const answerHeaders = withRewrittenViolations(answer.headers, (violations) =>
          withClientPropertyNames(withClientQueryNames(violations), clientNames),
        );
        if (status < 400) {
          // Successes come from the description as they are: stream them through.
          const headers = copiedHeaders(answerHeaders);
          const length = answerHeaders["content-length"];
          if (length !== undefined) headers["content-length"] = length;
          res.writeHead(status, { ...headers, ...responseCorsHeaders(req, headers) });
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const answerBody = Buffer.concat(chunks);
          const apiError = apiErrorFor(
            { status, headers: answerHeaders, body: answerBody },
            {
              method: req.method ?? "GET",
              path,
              title: profile.title,
              credentialsHint: options.credentialsHint(),
            },
          );
          if (apiError) {
            const headers = { ...copiedHeaders(answerHeaders), "content-type": "application/json" };
            send(req, res, apiError.status, headers, apiErrorBody(profile, apiError));
          } else {
            send(req, res, status, copiedHeaders(answerHeaders), answerBody);
          }
        });
      },
    );
    forwarded.on("error", (error) => {
      options.reportDroppedRequest();
      if (res.headersSent) res.destroy();
      else sendError(req, res, { status: 503, message: `${PRISM_DOWN} (${error.message})` });
    });
    forwarded.end(forwardedBody);
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
    close: () => closeServer(server, agents),
  };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
) {
  const allHeaders = { ...headers, "content-length": body.length };
  res.writeHead(status, { ...allHeaders, ...responseCorsHeaders(req, allHeaders) });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** `/v1/market/price?x=1` -> `/market/price?x=1`; undefined when the URL is outside the base path. */
function stripBasePath(url: string, basePath: string): string | undefined {
  if (!url.startsWith(basePath)) return undefined;
  const rest = url.slice(basePath.length);
  if (rest === "" || rest.startsWith("?")) return `/${rest}`;
  return rest.startsWith("/") ? rest : undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
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

function copiedHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const copy: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !name.startsWith("access-control-"))
      copy[name] = value;
  }
  return copy;
}

function closeServer(server: Server, agents: Map<number, Agent>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
    for (const agent of agents.values()) agent.destroy();
  });
}
