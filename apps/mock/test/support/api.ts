// biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes and assert on them
type Json = any;

/** A tiny JSON client for one mock and one credential, for tests that walk the sandbox with plain fetch. */
export interface JsonApi {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  get(path: string): Promise<Json>;
}

export function jsonApi(baseUrl: string, headers: Record<string, string>): JsonApi {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
  };
  return {
    call,
    async get(path) {
      const { status, body } = await call("GET", path);
      if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
      return body;
    },
  };
}
