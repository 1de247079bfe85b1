import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import { CallRequest, createResilientFetch } from "../src/index.js";
import { startServer } from "./support/local-server.js";
import type { paths } from "./support/trading-paths.js";

const collectGarbage = globalThis.gc ?? exposeGcFirst();

function exposeGcFirst(): never {
  throw new Error("run with --expose-gc (see vitest.config.ts)");
}

/** Far beyond the 300 ms the requests should take, so that only the hang under test trips it, never a busy machine. */
const HANG_GUARD_MS = 60_000;

/** Settles with what `promise` settles with, or with "still waiting" once `ms` have passed. */
function within(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("still waiting"), ms);
  });
  return Promise.race([promise.catch((error: unknown) => error), deadline]).finally(() =>
    clearTimeout(timer),
  );
}

it("times out a request to a server that never answers while garbage collection runs", {
  timeout: 2 * HANG_GUARD_MS,
}, async () => {
  const server = await startServer(() => undefined);
  const resilientFetch = createResilientFetch({ timeoutMs: 300 });
  const collecting = setInterval(collectGarbage, 20);
  try {
    const outcome = await within(
      resilientFetch(`${server.url}/v1/orders`, { method: "POST", body: "{}" }),
      HANG_GUARD_MS,
    );

    expect(outcome).toMatchObject({
      name: "ApiError",
      message: expect.stringMatching(/timed out after 300 ms/),
    });
  } finally {
    clearInterval(collecting);
  }
});

/** What `send` settles with when its caller aborts it after 300 ms while garbage collection runs, and the reason. */
async function cancelledWhileCollecting(send: (signal: AbortSignal) => Promise<unknown>) {
  const controller = new AbortController();
  const reason = new Error("user cancelled");
  const collecting = setInterval(collectGarbage, 20);
  setTimeout(() => controller.abort(reason), 300);
  try {
    return { outcome: await within(send(controller.signal), HANG_GUARD_MS), reason };
  } finally {
    clearInterval(collecting);
  }
}

it("cancels a request without a timeout when the caller aborts, while garbage collection runs", {
  timeout: 2 * HANG_GUARD_MS,
}, async () => {
  const server = await startServer(() => undefined);
  const resilientFetch = createResilientFetch();

  const { outcome, reason } = await cancelledWhileCollecting((signal) =>
    resilientFetch(`${server.url}/v1/orders`, { method: "POST", body: "{}", signal }),
  );

  expect(outcome).toBe(reason);
});

it("cancels a client's GET when the caller aborts, while garbage collection runs", {
  timeout: 2 * HANG_GUARD_MS,
}, async () => {
  const server = await startServer(() => undefined);
  const client = createClient<paths>({
    baseUrl: `${server.url}/v1`,
    Request: CallRequest,
    fetch: createResilientFetch(),
  });

  const { outcome, reason } = await cancelledWhileCollecting((signal) =>
    client.GET("/positions/{position_id}", { params: { path: { position_id: "p1" } }, signal }),
  );

  expect(outcome).toBe(reason);
});
