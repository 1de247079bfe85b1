import { createRequire } from "node:module";
import path from "node:path";
import { type ApiName, type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractReadmeExamples, type ReadmeExample, typeErrors } from "./readme-examples.js";

export interface ReadmeSuiteOptions {
  /** The client package, whose README.md is read from where it is installed. */
  packageName: "@tradespec/gordo" | "@tradespec/gunbot";
  api: ApiName;
  /** The fewest `ts` blocks the README may hold. */
  minimumExamples: number;
  /** Environment variables the examples read. */
  env: Record<string, string>;
  /** An example's request, re-addressed to the mock. */
  toMock(request: Request, mockBaseUrl: string): Request;
  /** Further checks on the module of an example once it has run; `logged` holds what was printed so far. */
  checkModule?(module: Record<string, unknown>, logged: string[]): Promise<void>;
}

/**
 * "README examples": every ```ts block of a client's README type-checks against the built package and runs against
 * the mock, with `fetch` sent to the mock and `console.log` captured. `ownTests` adds the checks on what was
 * printed.
 */
export function describeReadmeExamples(
  options: ReadmeSuiteOptions,
  ownTests: (logged: string[]) => void,
): void {
  const manifest = createRequire(import.meta.url).resolve(`${options.packageName}/package.json`);
  const examples = extractReadmeExamples(path.join(path.dirname(manifest), "README.md"), options.api);
  const logged: string[] = [];
  let mock: Mock;

  describe("README examples", () => {
    beforeAll(async () => {
      mock = await startMock({ api: options.api, port: 0 });
      const realFetch = globalThis.fetch;
      vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) =>
        realFetch(options.toMock(new Request(input, init), mock.baseUrl)),
      );
      for (const [name, value] of Object.entries(options.env)) vi.stubEnv(name, value);
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

    it("has examples to check", () => {
      expect(examples.length).toBeGreaterThanOrEqual(options.minimumExamples);
    });

    it("type-check against the package's types", () => {
      const errors = typeErrors(examples.map((example) => example.file));
      expect(errors).toEqual([]);
    });

    it.each(
      examples.map((example): [string, ReadmeExample] => [`${example.index} (${example.section})`, example]),
    )("example %s runs against the mock", async (_name, example) => {
      const module: Record<string, unknown> = await import(example.file);
      await options.checkModule?.(module, logged);
    });

    ownTests(logged);
  });
}
