import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  /** `METHOD /path`, the path relative to the base URL, without the query. */
  readonly request: string;
  /** The query string, without its `?`; empty when there is none. */
  readonly query: string;
  readonly body: string;
  /** The status and body the target answered. */
  readonly status: number;
  readonly answer: string;
}

export interface RecordingProxy {
  /** The proxy's base URL, standing in for the target's. */
  readonly baseUrl: string;
  /** The requests since the last call. */
  take(): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Forwards every request to `targetBaseUrl` on 127.0.0.1 and records it with the target's answer. `extraHeaders`
 * may add headers to a request (`METHOD /path` as recorded), e.g. a `Prefer` that picks the mock's answer.
 */
export async function startRecordingProxy(
  targetBaseUrl: string,
  extraHeaders: (request: string) => Record<string, string> = () => ({}),
): Promise<RecordingProxy> {
  const target = new URL(targetBaseUrl);
  let requests: RecordedRequest[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const [path = "/", query = ""] = (request.url ?? "/").split("?", 2);
    const recorded = `${request.method} ${path.slice(target.pathname.length)}`;
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
    }
    for (const [name, value] of Object.entries(extraHeaders(recorded))) headers.set(name, value);
    const answer = await fetch(new URL(request.url ?? "/", target.origin), {
      method: request.method ?? "GET",
      headers,
      body,
    });
    const answerBody = Buffer.from(await answer.arrayBuffer());
    requests.push({
      request: recorded,
      query,
      body: body?.toString("utf8") ?? "",
      status: answer.status,
      answer: answerBody.toString("utf8"),
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(answerBody);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${target.pathname}`,
    take: () => {
      const taken = requests;
      requests = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
