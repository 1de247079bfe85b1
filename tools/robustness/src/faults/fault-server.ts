import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request, once it has read all of it. */
export type Fault =
  | "ok"
  /** Never answers: the client's timeout must end the call. */
  | "hang"
  /** Reads the whole request, then drops the connection: the server may have acted. */
  | "reset-after-request"
  | "429-retry-now"
  | "429-retry-later"
  | "500"
  | "502"
  | "503";

/** The header each call carries so the server can count how often that one call reached it. */
export const CALL_ID_HEADER = "x-robustness-call";

export interface FaultServer {
  /** The API root, e.g. http://127.0.0.1:41234/api/v1. */
  baseUrl: string;
  /** How many times each call id reached the server. */
  arrivals: Map<string, number>;
  /** Requests without a call id (a bug in the test itself). */
  unidentified: number;
  close(): Promise<void>;
}

export interface FaultServerOptions {
  basePath: string;
  /** The API's own error body for a status. */
  errorBody: (status: number) => unknown;
  /** The fault for the `attempt`-th arrival (1-based) of call `callId`. */
  faultFor: (callId: string, attempt: number) => Fault;
}

/** A local HTTP server on 127.0.0.1 that counts every request it receives and answers each with a planned fault. */
export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const arrivals = new Map<string, number>();
  const state = { unidentified: 0 };
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const callId = request.headers[CALL_ID_HEADER];
      if (typeof callId !== "string") {
        state.unidentified++;
        respond(response, 400, options.errorBody(400));
        return;
      }
      const attempt = (arrivals.get(callId) ?? 0) + 1;
      arrivals.set(callId, attempt);
      act(request, response, options.faultFor(callId, attempt), options.errorBody);
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${options.basePath}`,
    arrivals,
    get unidentified() {
      return state.unidentified;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function act(
  request: IncomingMessage,
  response: ServerResponse,
  fault: Fault,
  errorBody: FaultServerOptions["errorBody"],
): void {
  switch (fault) {
    case "ok":
      respond(response, 200, { status: "success", received: true });
      return;
    case "hang":
      return;
    case "reset-after-request":
      request.socket.destroy();
      return;
    case "429-retry-now":
      respond(response, 429, errorBody(429), { "retry-after": "0" });
      return;
    case "429-retry-later":
      respond(response, 429, errorBody(429), { "retry-after": "30" });
      return;
    default:
      respond(response, Number(fault), errorBody(Number(fault)));
  }
}

function respond(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}
