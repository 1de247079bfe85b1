/** One scripted outcome: a response to return, or an error to throw. */
export type Outcome = Response | Error;

export interface ScriptedFetch {
  fetch: typeof fetch;
  /** The requests received, with their bodies read. */
  calls: Array<{ method: string; url: string; headers: Headers; body: string }>;
}

/** A fetch that answers each call with the next outcome and records what it was sent; honours an abort. */
export function scriptedFetch(...outcomes: Outcome[]): ScriptedFetch {
  const calls: ScriptedFetch["calls"] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    calls.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
    });
    const outcome = outcomes.shift();
    if (outcome === undefined) throw new Error(`scriptedFetch: no outcome left for call ${calls.length}`);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { fetch, calls };
}

/** A fetch that never answers and rejects with the signal's reason once the request is aborted. */
export const hangingFetch: typeof fetch = async (input, init) => {
  const { signal } = new Request(input, init);
  return new Promise<Response>((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The error undici throws when the connection was refused. */
export function connectionRefused(): TypeError {
  const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
  return new TypeError("fetch failed", { cause });
}
