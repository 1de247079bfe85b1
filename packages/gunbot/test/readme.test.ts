import { fileURLToPath } from "node:url";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractReadmeExamples, type ReadmeExample, typeErrors } from "./support/readme-examples.js";

const packageRoot = new URL("../", import.meta.url);
const examples = extractReadmeExamples(packageRoot);
const README_BASE_URL = "http://localhost:3000/api/v1";

let mock: Mock;
const logged: string[] = [];

beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0 });
  const realFetch = globalThis.fetch;
  // The examples talk to a bot on localhost:3000; send that to the mock instead.
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    return realFetch(new Request(request.url.replace(README_BASE_URL, mock.baseUrl), request));
  });
  vi.stubEnv("GUNBOT_PASSWORD", "your_password");
  vi.stubEnv("GUNTHY_WALLET", "value for config.bot.gunthy_wallet");
  vi.stubEnv("GUNBOT_TOKEN", "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE4MTEwNjM4NTJ9.c2lnbmF0dXJl");
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    logged.push(parts.join(" "));
  });
});

afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await mock?.close();
});

describe("README examples", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it("type-check against the package's types", () => {
    const errors = typeErrors(
      examples.map((example) => example.file),
      "@tradespec/gunbot",
      fileURLToPath(new URL("src/index.ts", packageRoot)),
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it.each(
    examples.map((example): [string, ReadmeExample] => [`${example.index} (${example.section})`, example]),
  )("example %s runs against the mock", async (_name, example) => {
    await import(example.file);
  });

  it("printed what the comments promise", () => {
    expect(logged).toEqual(
      expect.arrayContaining(["Authenticated", "Order sent", "ENC:vh5p6bzS8CA8wwPuZTO9Dw=="]),
    );
  });
});
