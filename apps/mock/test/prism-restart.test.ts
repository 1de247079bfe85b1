import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";

const fixture = fileURLToPath(new URL("fixtures/gordo.json", import.meta.url));
const apiKey = { "X-API-Key": "gk_test" };

let mock: Mock | undefined;
let folder: string | undefined;
afterEach(async () => {
  await mock?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  mock = folder = undefined;
});

async function startWatchedMock(document?: string) {
  const log: string[] = [];
  mock = await startMock({ api: "gordo", port: 0, document, log: (line) => log.push(line) });
  return { mock, log };
}

const health = async (mock: Mock) => (await fetch(mock.healthUrl)).status;

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a Prism process that dies", () => {
  it("gets 503 in the API's shape and shows in the health check at once, then is replaced", async () => {
    const { mock, log } = await startWatchedMock();
    const crashed = mock.prismPid;
    process.kill(crashed, "SIGKILL");

    const during = await fetch(`${mock.baseUrl}/market/price`, { headers: apiKey });
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ detail: expect.stringContaining("Prism") });
    expect(await health(mock)).toBe(503);

    await eventually(async () => (await health(mock)) === 200);
    expect(mock.prismPid).not.toBe(crashed);
    const after = await fetch(`${mock.baseUrl}/market/price`, { headers: apiKey });
    expect(after.status).toBe(200);
    expect(log).toEqual([expect.stringMatching(/^\[gordo\] Prism .*; restarting it$/)]);
  });

  it("stays down, saying so, when it cannot be restarted", async () => {
    folder = mkdtempSync(join(tmpdir(), "tradespec-mock-"));
    const document = join(folder, "gordo.json");
    copyFileSync(fixture, document);
    const { mock, log } = await startWatchedMock(document);
    rmSync(document);
    process.kill(mock.prismPid, "SIGKILL");

    await eventually(async () => log.length === 2);
    expect(log[1]).toMatch(/^\[gordo\] Prism could not be restarted after 3 attempts/);
    expect(await health(mock)).toBe(503);
    const response = await fetch(`${mock.baseUrl}/account/me`, { headers: apiKey });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ detail: expect.any(String) });
  });
});
