import { type Mock, startMock } from "@tradespec/mock";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiName, loadDescription } from "../src/description/document.js";
import { operationTargets } from "../src/description/targets.js";
import { type FuzzRequest, fuzzRequests } from "../src/fuzz/requests.js";
import { send } from "../src/fuzz/send.js";
import { fuzzSettings } from "../src/fuzz/settings.js";

/*
 * The mock's memoizing fast path answers every fuzzing case exactly as Prism's own pipeline does, run on every
 * request (`startMock({ memoize: false })`): status, headers and body, byte for byte, the first time and from memory.
 * (The description's example calls, stateless and as a sandbox: apps/mock/test/fast-path.test.ts.)
 */

const settings = fuzzSettings();
const PER_CONNECTION = new Set(["date", "connection", "keep-alive"]);

/** Everything a client can rely on in the answer, as text; or why there was none. */
async function answerOf(baseUrl: string, request: FuzzRequest): Promise<string> {
  const answer = await send(baseUrl, request);
  if (answer.kind === "no-answer") return `no answer: ${answer.reason}`;
  const headers = answer.headers.filter(([name]) => !PER_CONNECTION.has(name));
  return JSON.stringify({ status: answer.status, headers, body: answer.bytes.toString("latin1") });
}

describe.each<ApiName>(["gordo", "gunbot"])("the %s mock's fast path under fuzzing", (api) => {
  const doc = loadDescription(api);
  const requests = fc.sample(fuzzRequests(api, doc, operationTargets(doc)), {
    numRuns: settings.runs,
    seed: settings.seed,
  });
  let fast: Mock;
  let reference: Mock;
  beforeAll(async () => {
    [fast, reference] = await Promise.all([
      startMock({ api, port: 0 }),
      startMock({ api, port: 0, memoize: false }),
    ]);
  });
  afterAll(() => Promise.all([fast?.close(), reference?.close()]));

  it("answers every fuzzing case as Prism alone does, the first time and from memory", async () => {
    const found: string[] = [];
    for (const request of requests) {
      const expected = await answerOf(reference.baseUrl, request);
      for (const when of ["first time", "from memory"]) {
        const actual = await answerOf(fast.baseUrl, request);
        if (actual !== expected) {
          found.push(
            `${request.label} ${request.method} ${request.url} (${when}):\n  Prism alone ${expected}\n  fast path   ${actual}`,
          );
        }
      }
    }
    expect(requests).toHaveLength(settings.runs);
    expect(found, `reproduce with FUZZ_SEED=${settings.seed}`).toEqual([]);
  });
});
