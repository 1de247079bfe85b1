import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server does with one request. */
export type Fault =
  | { kind: "respond"; status: number; headers?: Record<string, string>; body?: string }
  | { kind: "reset" }
  | { kind: "hang" };

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** True once the client has closed the connection of a request the server never answered. */
  abandoned: boolean;
}

export interface FaultServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Fault => ({
  kind: "respond",
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** The HTML error page a proxy in front of an API answers with (502 Bad Gateway) instead of the API's JSON. */
export const PROXY_ERROR_PAGE: Fault = {
  kind: "respond",
  status: 502,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
};

/**
 * A local HTTP server on 127.0.0.1 and a free port that answers the n-th request (0-based) with `script(n, request)`.
 * Hanging requests stay open until the client gives up or the server closes.
 */
export async function startFaultServer(
  basePath: string,
  script: (index: number, request: ReceivedRequest) => Fault,
): Promise<FaultServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? "",
        path: (incoming.url ?? "").slice(basePath.length),
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        abandoned: false,
      };
      requests.push(request);
      const fault = script(requests.length - 1, request);
      if (fault.kind === "reset") {
        incoming.socket.destroy();
      } else if (fault.kind === "hang") {
        response.on("close", () => {
          request.abandoned = !response.writableEnded;
        });
      } else {
        response.writeHead(fault.status, fault.headers).end(fault.body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
