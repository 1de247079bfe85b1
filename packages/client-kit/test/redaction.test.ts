import { inspect } from "node:util";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  apiKeyHeader,
  createResilientFetch,
  redactSecrets,
  registerSecrets,
  rejectMalformedJson,
  secretsOf,
  throwOnError,
  unwrap,
} from "../src/index.js";
import { resetConnection, startServer } from "./support/local-server.js";
import { hangingFetch, json, scriptedFetch } from "./support/scripted-fetch.js";
import type { paths } from "./support/trading-paths.js";

const API_KEY = "grd_live_7f3a9c1d2e";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE4MTEwNjM4NTJ9.h1QiXh3EGl_LCqh0cgBTBle2ALgjSNhZ";
const PASSWORD = "ENC:c2VjcmV0LXBhc3N3b3Jk";

/** Every way an error reaches a log: message, stack, toJSON, the body, and Node's inspect of the whole chain. */
async function expectNothingLeaks(call: Promise<unknown>) {
  const error = await call.then(
    () => expect.unreachable("the call should have failed"),
    (reason: unknown) => reason,
  );
  const seen = [
    String(error),
    (error as Error).stack ?? "",
    JSON.stringify(error),
    JSON.stringify((error as { body?: unknown }).body ?? null),
    inspect(error, { depth: 10, showHidden: true }),
  ].join("\n");
  for (const secret of [API_KEY, JWT, PASSWORD]) expect(seen).not.toContain(secret);
}

function gordoClient(fetch: typeof globalThis.fetch, baseUrl = "https://api.gordotrader.com/v1") {
  const client = createClient<paths>({
    baseUrl,
    fetch,
    headers: { ...apiKeyHeader("X-API-Key", API_KEY), Authorization: `Bearer ${JWT}` },
  });
  client.use(throwOnError({ secrets: () => [PASSWORD] }));
  return client;
}

const closePosition = (client: ReturnType<typeof gordoClient>) =>
  client.POST("/positions/{position_id}/close", {
    params: { path: { position_id: "p1" } },
    body: { reason: PASSWORD },
  });

describe("secrets never reach errors", () => {
  it("masks credentials an error response echoes back", async () => {
    const echo = json(401, { detail: `Invalid API key ${API_KEY} for token ${JWT}`, password: PASSWORD });
    await expectNothingLeaks(closePosition(gordoClient(scriptedFetch(echo).fetch)));
  });

  it("masks them in a 2xx response that is not valid JSON", async () => {
    const broken = new Response(`{"token": "${JWT}", "key": "${API_KEY}"`, {
      headers: { "content-type": "application/json" },
    });
    await expectNothingLeaks(closePosition(gordoClient(scriptedFetch(broken).fetch)));
  });

  it("keeps them out of a connection reset", async () => {
    const server = await startServer((_request, response) => resetConnection(response));
    await expectNothingLeaks(closePosition(gordoClient(createResilientFetch(), server.url)));
  });

  it("keeps them out of a timeout", async () => {
    await expectNothingLeaks(
      closePosition(gordoClient(createResilientFetch({ fetch: hangingFetch, timeoutMs: 10 }))),
    );
  });

  it("keeps them out of an error the server returns for a request it refused to repeat", async () => {
    const unavailable = json(503, { message: `retry with key ${API_KEY}` });
    await expectNothingLeaks(
      closePosition(gordoClient(createResilientFetch({ fetch: scriptedFetch(unavailable).fetch }))),
    );
  });
});

describe("secrets named outside throwOnError", () => {
  const echoed = () => json(401, { detail: `Wrong password ${PASSWORD}` });
  const plainClient = (fetch: typeof globalThis.fetch) =>
    createClient<paths>({ baseUrl: "https://api.gordotrader.com/v1", fetch });

  it("unwrap masks the secrets it is given", async () => {
    const client = plainClient(scriptedFetch(echoed()).fetch);
    await expectNothingLeaks(
      closePosition(client).then((result) =>
        unwrap(result, { operation: "POST /positions/{position_id}/close", secrets: [PASSWORD] }),
      ),
    );
  });

  it("unwrap masks what the client it is given registered", async () => {
    const client = plainClient(scriptedFetch(echoed()).fetch);
    registerSecrets(client, () => [PASSWORD]);
    await expectNothingLeaks(
      closePosition(client).then((result) =>
        unwrap(result, { operation: "POST /positions/{position_id}/close", client }),
      ),
    );
  });

  it("rejectMalformedJson masks what its provider names", async () => {
    const broken = new Response(`{"password": "${PASSWORD}"`, {
      headers: { "content-type": "application/json" },
    });
    const client = plainClient(scriptedFetch(broken).fetch);
    client.use(rejectMalformedJson({ secrets: () => [PASSWORD] }));
    await expectNothingLeaks(closePosition(client));
  });

  it("secretsOf reads what registerSecrets recorded for a client, each time anew", () => {
    const client = plainClient(scriptedFetch().fetch);
    let token = "first";
    registerSecrets(client, () => [token]);
    token = "second";
    expect(secretsOf(client)).toEqual(["second"]);
    expect(secretsOf(plainClient(scriptedFetch().fetch))).toEqual([]);
  });
});

describe("redactSecrets", () => {
  it("replaces each secret, also URL-encoded, and any JWT", () => {
    const text = `key=${API_KEY} pw=${encodeURIComponent(PASSWORD)} auth=Bearer ${JWT}`;
    expect(redactSecrets(text, [API_KEY, PASSWORD])).toBe(
      "key=[REDACTED] pw=[REDACTED] auth=Bearer [REDACTED]",
    );
  });

  it("replaces the longer of two overlapping secrets whole and ignores empty ones", () => {
    expect(redactSecrets("abcdef abc", ["abc", "abcdef", ""])).toBe("[REDACTED] [REDACTED]");
  });
});
