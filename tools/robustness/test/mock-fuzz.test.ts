import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiName, loadDescription } from "../src/description/document.js";
import { operationTargets } from "../src/description/targets.js";
import { VALID_CREDENTIALS } from "../src/fuzz/credentials.js";
import { runFuzz } from "../src/fuzz/run.js";
import { fuzzSettings } from "../src/fuzz/settings.js";

const settings = fuzzSettings();
console.log(`mock fuzz: ${settings.runs} requests per API, seed ${settings.seed} (FUZZ_RUNS, FUZZ_SEED)`);

describe.each<ApiName>(["gordo", "gunbot"])("the %s mock under bad input", (api) => {
  const doc = loadDescription(api);
  const targets = operationTargets(doc);
  let mock: Mock;
  beforeAll(async () => {
    mock = await startMock({ api, port: 0 });
  });
  afterAll(async () => {
    await mock?.close();
  });

  it("answers every generated request with a documented status in the API's own shape, without 5xx or hangs", async () => {
    const tally = await runFuzz({ api, doc, targets, mock, settings });
    console.log(tally.summary(`${api} mock fuzz (seed ${settings.seed})`));
    expect(tally.sent).toBe(settings.runs);
    expect(tally.violationReport(), `Contract violations (reproduce with FUZZ_SEED=${settings.seed})`).toBe(
      "",
    );
  });

  it("still serves every operation that needs no input afterwards", async () => {
    const plain = targets.filter(
      (target) => !target.body?.required && !target.parameters.some((parameter) => parameter.required),
    );
    expect(plain.length).toBeGreaterThan(5);
    const statuses = await Promise.all(
      plain.map(async (target) => {
        const response = await fetch(mock.baseUrl + target.path, {
          method: target.method,
          headers: VALID_CREDENTIALS[api],
          signal: AbortSignal.timeout(10_000),
        });
        await response.body?.cancel();
        return `${target.id} ${response.status}`;
      }),
    );
    expect(statuses).toEqual(
      plain.map((target) => `${target.id} ${target.statuses.find((s) => s.startsWith("2"))}`),
    );
  });
});
