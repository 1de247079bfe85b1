import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiName } from "../src/apis.js";
import { type Mock, startMock } from "../src/index.js";
import { LruCache } from "../src/lru-cache.js";
import { jsonApi } from "./support/api.js";
import { CREDENTIALS, exampleCalls } from "./support/example-calls.js";
import { type Call, type Exchange, exchange } from "./support/exchange.js";
import { startSandboxTwins } from "./support/sandbox-twins.js";

/*
 * The memoizing fast path answers exactly as Prism's own pipeline does, run on every request: status, headers and
 * body, byte for byte, for every example call of both descriptions (the fuzzing cases: tools/robustness).
 */

const label = (call: Call) => `${call.method} ${call.path} ${JSON.stringify(call.headers)}`;
const differences = (call: Call, expected: Exchange, actual: Exchange, what: string) =>
  JSON.stringify(actual) === JSON.stringify(expected)
    ? []
    : [
        `${label(call)} ${what}:\n  Prism alone ${JSON.stringify(expected)}\n  fast path   ${JSON.stringify(actual)}`,
      ];

describe.each<ApiName>(["gordo", "gunbot"])("the %s mock's fast path", (api) => {
  const calls = exampleCalls(api);

  describe("stateless", () => {
    let fast: Mock;
    let reference: Mock;
    beforeAll(async () => {
      [fast, reference] = await Promise.all([
        startMock({ api, port: 0 }),
        startMock({ api, port: 0, memoize: false }),
      ]);
    });
    afterAll(() => Promise.all([fast?.close(), reference?.close()]));

    it("answers every example call as Prism alone does, the first time and from memory", async () => {
      expect(calls.length).toBeGreaterThan(200);
      const found: string[] = [];
      for (const call of calls) {
        const first = await exchange(fast.baseUrl, call);
        const again = await exchange(fast.baseUrl, call);
        const expected = await exchange(reference.baseUrl, call);
        found.push(
          ...differences(call, expected, first, "first time"),
          ...differences(call, expected, again, "from memory"),
        );
      }
      expect(found).toEqual([]);
    });
  });

  describe("as a sandbox", () => {
    it("validates and answers every example call as Prism alone does, around the same sandbox answers", async () => {
      const twins = await startSandboxTwins(api);
      const found: string[] = [];
      try {
        for (const round of ["cold", "warm"]) {
          for (const call of calls) {
            const actual = await exchange(twins.fastUrl, call);
            const expected = await exchange(twins.referenceUrl, call);
            found.push(...differences(call, expected, actual, round));
          }
        }
      } finally {
        await twins.close();
      }
      expect(found).toEqual([]);
      expect(twins.mismatches).toEqual([]);
    });
  });
});

describe("the sandbox through the fast path", () => {
  let mock: Mock;
  beforeAll(async () => {
    mock = await startMock({ api: "gordo", port: 0, sandbox: true });
  });
  afterAll(() => mock?.close());

  it("shows a write in the next read, however often that read was answered before", async () => {
    const api = jsonApi(mock.baseUrl, { ...CREDENTIALS.gordo, "x-api-key": "grd_fast_write" });
    const before = await api.get("/analytics/notes");
    expect(await api.get("/analytics/notes")).toEqual(before);
    const created = await api.call("POST", "/analytics/notes", { content: "Cut size", tags: ["risk"] });
    expect(created.status).toBe(201);
    expect(await api.get("/analytics/notes")).toEqual([created.body, ...before]);
  });

  it("counts every request in the key's usage, also those answered with the same example", async () => {
    const api = jsonApi(mock.baseUrl, { "x-api-key": "grd_fast_usage" });
    const usage = async () => (await api.get("/account/usage")).total_requests_today as number;
    const start = await usage();
    for (let i = 0; i < 3; i += 1) await api.get("/market/price");
    expect(await usage()).toBe(start + 4);
  });
});

describe("LruCache", () => {
  it("keeps at most its number of entries, forgetting the least recently used", () => {
    const cache = new LruCache<number>({ entries: 4, weight: 1000 });
    for (const [index, key] of ["a", "b", "c", "d"].entries()) cache.set(key, index, 1);
    cache.get("a");
    cache.set("e", 4, 1);
    expect([cache.get("a"), cache.get("b"), cache.get("e"), cache.size]).toEqual([0, undefined, 4, 4]);
  });

  it("keeps at most its weight, and never an entry heavier than a sixteenth of it", () => {
    const cache = new LruCache<string>({ entries: 100, weight: 1600 });
    for (let i = 0; i < 40; i += 1) cache.set(`k${i}`, "v", 100);
    cache.set("heavy", "v", 101);
    expect([cache.size, cache.weight, cache.get("heavy"), cache.get("k39")]).toEqual([
      16,
      1600,
      undefined,
      "v",
    ]);
  });

  it("keeps its weight when an entry's value grows in place, forgetting older entries or the entry itself", () => {
    const cache = new LruCache<string>({ entries: 100, weight: 1600 });
    for (let i = 0; i < 16; i += 1) cache.set(`k${i}`, "v", 100);
    cache.reweigh("k15", 100);
    expect([cache.size, cache.weight]).toEqual([16, 1600]);
    cache.reweigh("k15", 60);
    expect([cache.size, cache.weight]).toEqual([16, 1560]);
    cache.reweigh("k15", 100);
    cache.reweigh("k1", 100);
    expect([cache.size, cache.weight, cache.get("k0")]).toEqual([16, 1600, "v"]);
    cache.set("k16", "v", 40);
    cache.reweigh("k16", 100);
    expect([cache.size, cache.weight, cache.get("k0"), cache.get("k16")]).toEqual([16, 1600, undefined, "v"]);
    cache.reweigh("k16", 101);
    cache.reweigh("missing", 1);
    expect([cache.size, cache.weight, cache.get("k16")]).toEqual([15, 1500, undefined]);
  });
});
