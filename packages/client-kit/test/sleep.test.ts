import { describe, expect, it } from "vitest";
import { sleep } from "../src/index.js";

describe("sleep", () => {
  it("resolves after the delay", async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("rejects with the signal's reason when it aborts during the wait", async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error("stop polling"));
    await expect(waiting).rejects.toThrow("stop polling");
  });

  it("rejects at once for a signal that already aborted", async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error("gone")))).rejects.toThrow("gone");
  });
});
