/** One request as the tests send it, below the base path. */
export interface Call {
  readonly method: string;
  /** Percent-encoded, with the query string. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What came back, as bytes: what a client relies on. */
export interface Exchange {
  readonly status: number;
  /** Every response header but those that name the moment or the connection (date, connection, keep-alive). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const PER_CONNECTION = new Set(["date", "connection", "keep-alive"]);

export async function exchange(baseUrl: string, call: Call): Promise<Exchange> {
  const response = await fetch(baseUrl + call.path, {
    method: call.method,
    headers: call.headers,
    ...(call.body === undefined ? {} : { body: call.body }),
  });
  const body = Buffer.from(await response.arrayBuffer()).toString("latin1");
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_CONNECTION.has(name)));
  return { status: response.status, headers, body };
}
