import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "../src/index.js";

const MINUTE = 60_000;

/** A clock that only moves when the limiter sleeps, after callers already let in have seen the time. */
function fakeClock() {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      await new Promise((resolve) => setImmediate(resolve));
      clock.time += ms;
    },
  };
  return clock;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createRateLimiter", () => {
  it("lets N requests through per minute and makes the rest wait their turn", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 3, now: clock.now, sleep: clock.sleep });
    const grantedAt: number[] = [];

    await Promise.all(
      Array.from({ length: 7 }, () => limiter.acquire().then(() => grantedAt.push(clock.time))),
    );

    expect(grantedAt).toEqual([0, 0, 0, MINUTE, MINUTE, MINUTE, 2 * MINUTE]);
  });

  it("never lets a sliding minute hold more than N requests when they arrive spread out", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 5, now: clock.now, sleep: clock.sleep });
    const grantedAt: number[] = [];

    for (let request = 0; request < 40; request++) {
      clock.time += 7_000 * (request % 3);
      await limiter.acquire();
      grantedAt.push(clock.time);
    }

    for (const start of grantedAt) {
      expect(grantedAt.filter((time) => time >= start && time < start + MINUTE).length).toBeLessThanOrEqual(
        5,
      );
    }
  });

  it("holds to the daily limit too", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perMinute: 100, perDay: 3, now: clock.now, sleep: clock.sleep });

    for (let request = 0; request < 4; request++) await limiter.acquire();

    expect(clock.time).toBe(24 * 60 * MINUTE);
  });

  it("rejects a waiting caller with its abort reason and leaves no timer behind", async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter({ perMinute: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const reason = new Error("bot stopped");

    const waiting = limiter.acquire(controller.signal);
    const settled = expect(waiting).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(reason);

    await settled;
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("serves the next caller when one in the queue gives up", async () => {
    vi.useFakeTimers();
    const limiter = createRateLimiter({ perMinute: 1 });
    await limiter.acquire();
    const controller = new AbortController();
    const abandoned = limiter.acquire(controller.signal).catch(() => "abandoned");
    const patient = limiter.acquire().then(() => "served");

    controller.abort();
    await vi.advanceTimersByTimeAsync(MINUTE);

    expect(await abandoned).toBe("abandoned");
    expect(await patient).toBe("served");
  });

  it("names a limit that is not a positive whole number", () => {
    expect(() => createRateLimiter({ perMinute: 0 })).toThrow(
      "createRateLimiter: perMinute must be a positive integer, got 0",
    );
    expect(() => createRateLimiter({ perMinute: 30, perDay: 1.5 })).toThrow(
      "createRateLimiter: perDay must be a positive integer, got 1.5",
    );
  });
});
