import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** How the echo server answers; every answer that has a body repeats the whole request back. */
export type EchoMode = "error-json" | "error-text" | "error-html" | "malformed-json" | "reset" | "hang";

export const ECHO_MODE_HEADER = "x-robustness-echo";

export interface EchoServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * A careless server on 127.0.0.1: it answers with the request's headers and body in its error messages, the way
 * debugging proxies and some APIs do. The mode comes from the ECHO_MODE_HEADER header, else `defaultMode`.
 */
export async function startEchoServer(defaultMode: EchoMode): Promise<EchoServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const echo = JSON.stringify({
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const header = request.headers[ECHO_MODE_HEADER];
      const mode = (typeof header === "string" ? header : defaultMode) as EchoMode;
      const send = (status: number, type: string, body: string) =>
        response.writeHead(status, { "content-type": type }).end(body);
      if (mode === "error-json")
        send(401, "application/json", JSON.stringify({ detail: echo, status: "error", message: echo }));
      else if (mode === "error-text") send(400, "text/plain", `bad request: ${echo}`);
      else if (mode === "error-html")
        send(502, "text/html", `<!DOCTYPE html><html><body>${echo}</body></html>`);
      else if (mode === "malformed-json") send(200, "application/json", `{"echo": ${echo}`);
      else if (mode === "reset") request.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
