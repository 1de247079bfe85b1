import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { type RunningCli, startCli } from "./support/running-cli.js";

const FREE_PORTS = ["--gordo-port", "0", "--gunbot-port", "0"];
let running: RunningCli | undefined;
afterEach(async () => {
  await running?.stop("SIGTERM");
  running = undefined;
});

describe("tradespec-mock", () => {
  it("serves both APIs under their real base paths and stops cleanly on SIGTERM", async () => {
    running = await startCli(FREE_PORTS);
    expect(running.gordoBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(running.gunbotBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const price = await fetch(`${running.gordoBaseUrl}/market/price`, { headers: { "X-API-Key": "k" } });
    expect(price.status).toBe(200);
    const balances = await fetch(`${running.gunbotBaseUrl}/balances`, {
      method: "POST",
      headers: { Authorization: "Bearer t" },
    });
    expect(balances.status).toBe(200);

    // Prism runs inside the mock's own process: there is nothing else to stop.
    expect(running.childPids()).toEqual([]);
    expect(await running.stop("SIGTERM")).toBe(0);
    running = undefined;
  });

  it("generates the same data again for the same --seed", async () => {
    const pricesWithSeed = async () => {
      running = await startCli([...FREE_PORTS, "--dynamic", "--seed", "42"]);
      const price = (prefer: string) =>
        fetch(`${running?.gordoBaseUrl}/market/price`, {
          headers: { "X-API-Key": "k", Prefer: prefer },
        }).then((response) => response.text());
      const prices = { generated: await price("dynamic=true"), documented: await price("dynamic=false") };
      await running.stop("SIGTERM");
      running = undefined;
      return prices;
    };
    const first = await pricesWithSeed();
    expect(first.generated).not.toBe(first.documented);
    expect((await pricesWithSeed()).generated).toBe(first.generated);
  });

  it.each([
    [["--gordo-port", "http"], /Invalid --gordo-port "http": expected a port number/],
    [["--seed", "abc"], /Invalid --seed "abc": expected a whole number/],
    [["--colour"], /Unknown option '--colour'/],
    [["webhook", "order.filled", "--secret", "s"], /webhook needs --to <url>/],
  ])("rejects %j with a message naming the argument", async (args, message) => {
    const run = await runCli(args);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
