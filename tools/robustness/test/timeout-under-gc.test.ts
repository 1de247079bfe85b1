import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ApiError, throwOnError } from "@tradespec/client-kit";
import { createGunbotClient } from "@tradespec/gunbot";
import { afterEach, expect, it } from "vitest";
import { withDeadline } from "../src/concurrency.js";
import { CALL_ID_HEADER, type FaultServer, startFaultServer } from "../src/faults/fault-server.js";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
});

it("a hung order ends at its timeout even when garbage collection runs while it waits", async () => {
  server = await startFaultServer({ basePath: "/api/v1", errorBody: () => ({}), faultFor: () => "hang" });
  const client = createGunbotClient({
    baseUrl: server.baseUrl,
    token: "t",
    timeoutMs: 300,
    throwOnError,
  });
  const collecting = setInterval(collectGarbage, 50);
  try {
    const placed = client.POST("/trade/buy", {
      body: { data: { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50_000 } },
      headers: { [CALL_ID_HEADER]: "gc" },
    });
    // A guard against the hang this test is about, far beyond the timeout so that a loaded machine never trips it.
    const failure = await withDeadline(placed, 60_000).catch((error: unknown) => error);
    expect(
      failure,
      "the 300 ms timeout never fired: client-kit's resilient fetch passes fetch a signal from AbortSignal.any(), " +
        "which Node 20 lets the garbage collector drop while the request waits (packages/client-kit/src/resilient-fetch.ts, send())",
    ).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toMatch(/timed out after 300 ms/);
  } finally {
    clearInterval(collecting);
  }
});
