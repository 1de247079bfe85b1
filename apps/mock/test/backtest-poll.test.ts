import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { originOf } from "./support/mock-origin.js";
import { runExampleAgainst } from "./support/run-example.js";

const REAL_ORIGIN = "https://api.gordotrader.com";
const example = (name: string) => fileURLToPath(new URL(`drop-in/gordo/${name}`, import.meta.url));

let mock: Mock;
beforeAll(async () => {
  // A job shorter than the loop's 3 s poll interval: the loop ends after its first wait at the latest.
  mock = await startMock({ api: "gordo", port: 0, sandbox: true, jobSeconds: 1 });
});
afterAll(() => mock?.close());

it.each(["backtest.py", "backtest.mjs"])(
  "the document's backtest poll loop (%s) ends with the results",
  async (file) => {
    const run = await runExampleAgainst(example(file), REAL_ORIGIN, originOf(mock));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Status: completed Progress: 100%$/m);
    expect(run.stdout).toMatch(/^Sharpe: [\d.]+/m);
  },
);
