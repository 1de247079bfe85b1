import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../../../src/index.js";
import { originOf } from "../../support/mock-origin.js";
import { runExampleAgainst } from "../../support/run-example.js";

const REAL_ORIGIN = "https://api.gordotrader.com";
const sample = (name: string) => fileURLToPath(new URL(name, import.meta.url));

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0, host: "127.0.0.1" });
});
afterAll(() => mock?.close());

// Every call of the Gordo document's example code, in Python and JavaScript, with only the host changed
// (backtest.py/.mjs poll until the job is final, so they run against a sandbox whose jobs progress:
// ../../backtest-poll.test.ts).
describe("the Gordo document's example calls work against the mock with only the host changed", () => {
  it.each([
    ["usage.py", /'total_requests_today': \d+/],
    ["usage.mjs", /total_requests_today: \d+/],
    ["price.py", /^BTC: \$[\d,]+\.\d\d \([+-][\d.]+%\)$/m],
    ["price.mjs", /^BTC: \$[\d,.]+ \(-?[\d.]+%\)$/m],
    ["candles.mjs", /^\S+ O:[\d.]+ H:[\d.]+ L:[\d.]+ C:[\d.]+$/m],
    ["funding.py", /^\S+ rate=-?\d\.\d{6}$/m],
    ["funding.mjs", /^\S+ rate=-?[\d.e-]+$/m],
    ["regime.py", /^Regime: \w+ Score: \d+\/100$/m],
    ["positions.py", /^\S+ (long|short) [\d.]+ @ [\d.]+ PnL: \$[+-][\d.]+$/m],
    ["positions.mjs", /^\S+ (long|short) [\d.]+ @ [\d.]+$/m],
    ["close-position.mjs", /status: 'flatten_signal_emitted', position_id: 42/],
    ["strategies.py", /^.+ state=\w+ mode=(paper|canary|live)$/m],
    ["strategies.mjs", /^.+ state=\w+ mode=(paper|canary|live)$/m],
    ["pause-resume.py", /^$/],
    ["pause-resume.mjs", /^$/],
    ["trades.py", /^Trades: \d+ Win rate: \d+\/\d+\nTotal PnL: \$-?[\d,]+\.\d\d$/m],
    ["trades.mjs", /^Win rate: \d+\/\d+$/m],
    ["notes.py", /^$/],
    ["kill-switch.py", /'kill_switch_active': (True|False), 'action': '\w+'/],
    ["kill-switch.mjs", /kill_switch_active: (true|false), action: '\w+'/],
    ["webhooks.py", /^Webhook ID: \S+\nSecret \(save this!\): \S+$/m],
    ["webhooks.mjs", /^Secret: \S+$/m],
  ])("%s", async (file, expectedOutput) => {
    const run = await runExampleAgainst(sample(file), REAL_ORIGIN, originOf(mock));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(expectedOutput);
  });
});

describe("the document's export samples save the mock's CSV export", () => {
  it.each(["export.py", "export.mjs"])("%s writes gordo_trades.csv", async (file) => {
    const exported = await fetch(`${originOf(mock)}/v1/analytics/export?format=csv&days=90`, {
      headers: { "X-API-Key": "grd_live_your_key_here" },
    });
    const csv = await exported.text();
    expect(csv.split("\n")[0]).toMatch(/^\w+(,\w+)+$/);

    const run = await runExampleAgainst(sample(file), REAL_ORIGIN, originOf(mock));
    expect(run.exitCode, run.stderr).toBe(0);
    expect([...run.written.keys()]).toEqual(["gordo_trades.csv"]);
    expect(run.written.get("gordo_trades.csv")).toBe(csv);
  });
});
