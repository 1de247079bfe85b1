import type { FuzzRequest } from "./requests.js";

/** What came back, or why nothing did. */
export type Answer =
  | {
      kind: "response";
      status: number;
      /** Every header, as fetch gives them (names lower-cased). */
      headers: ReadonlyArray<readonly [string, string]>;
      contentType: string;
      /** The body as it came, and as UTF-8 text. */
      bytes: Buffer;
      text: string;
    }
  | { kind: "no-answer"; reason: string };

export const REQUEST_TIMEOUT_MS = 10_000;

/** Sends one fuzzed request below `baseUrl`; a request that gets no answer within the timeout counts as a hang. */
export async function send(baseUrl: string, request: FuzzRequest): Promise<Answer> {
  try {
    const response = await fetch(baseUrl + request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body.text,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      kind: "response",
      status: response.status,
      headers: [...response.headers],
      contentType: response.headers.get("content-type") ?? "",
      bytes,
      text: new TextDecoder().decode(bytes),
    };
  } catch (error) {
    return { kind: "no-answer", reason: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `no answer within ${REQUEST_TIMEOUT_MS} ms`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}
