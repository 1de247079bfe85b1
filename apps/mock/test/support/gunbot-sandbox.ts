import { expect } from "vitest";
import type { Mock } from "../../src/index.js";

// biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes and assert on them
type Json = any;

export interface GunbotApi {
  readonly authorization: string;
  /** Sends a request; fails the test if the mock reports the answer invalid against the operation's schema. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  get(path: string): Promise<Json>;
  post(path: string, body?: unknown): Promise<Json>;
}

/** Logs in with a password of its own (so its own sandbox) and talks to the Gunbot sandbox with its token. */
export async function loggedIn(mock: Mock, password: string): Promise<GunbotApi> {
  const encrypted = `ENC:${Buffer.from(password.padEnd(16, "!")).toString("base64")}`;
  const login = await gunbotApi(mock, "").post("/auth/login", { password: encrypted });
  return gunbotApi(mock, `Bearer ${login.token}`);
}

export function gunbotApi(mock: Mock, authorization: string): GunbotApi {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(mock.baseUrl + path, {
      method,
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.headers.get("sl-violations"), `${method} ${path}`).toBeNull();
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
  };
  const succeeded = async (method: string, path: string, body?: unknown) => {
    const answer = await call(method, path, body);
    if (answer.status !== 200)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  return {
    authorization,
    call,
    get: (path) => succeeded("GET", path),
    post: (path, body) => succeeded("POST", path, body),
  };
}

/** The available and on-order quantities of one asset on one exchange, as numbers. */
export async function balanceOf(api: GunbotApi, exchange: string, asset: string) {
  const rows: Json[] = await api.post("/balances");
  const row = rows.find((balance) => balance.Exchange === exchange && balance.Asset === asset);
  return { available: Number(row?.["Available Qty"] ?? 0), onOrder: Number(row?.["On Order"] ?? 0) };
}
