// Every code sample on the built site is type-checked and run against the mock: a sample that does not run fails here.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_SITES, type ApiSite } from "../src/apis.js";
import { describeRequest, listOperations } from "../src/code-samples/request.js";
import { PACKAGE_DIR, SITE_DIR } from "../src/paths.js";
import { compileTypeScript } from "./support/compile-typescript.js";
import { mapLimit, runProcess } from "./support/processes.js";

const WORK_DIR = path.join(PACKAGE_DIR, "test-results/code-samples");
const SUPPORT_DIR = path.join(PACKAGE_DIR, "test/support");
const TEST_CREDENTIAL = "docs-sample-test-credential";
const CONCURRENCY = 3;

interface RunnableSample {
  api: ApiSite["id"];
  operationId: string;
  lang: string;
  /** The sample with the mock's base URL and a test credential in place of the placeholders. */
  source: string;
}

const samples: RunnableSample[] = [];
const mocks: Mock[] = [];

beforeAll(async () => {
  await rm(WORK_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  for (const api of API_SITES) {
    const mock = await startMock({ api: api.id, port: 0 });
    mocks.push(mock);
    const document = JSON.parse(await readFile(path.join(SITE_DIR, api.id, "openapi.json"), "utf8"));
    for (const entry of listOperations(document)) {
      const request = describeRequest(document, entry);
      for (const sample of entry.operation["x-codeSamples"] ?? []) {
        samples.push({
          api: api.id,
          operationId: request.operationId,
          lang: sample.lang,
          source: sample.source
            .replaceAll(request.baseUrl, mock.baseUrl)
            .replaceAll(api.credentialPlaceholder, TEST_CREDENTIAL),
        });
      }
    }
  }
});

afterAll(async () => {
  await Promise.all(mocks.map((mock) => mock.close()));
});

const samplesIn = (lang: string) => samples.filter((sample) => sample.lang === lang);

/** One line per sample that raised or threw: which operation, and the error. */
function failed(outcomes: Record<string, string | null>, samplesByKey: Map<string, RunnableSample>) {
  return Object.entries(outcomes)
    .filter(([, error]) => error !== null)
    .map(([key, error]) => {
      const sample = samplesByKey.get(key);
      return `${sample?.api} ${sample?.operationId} [${sample?.lang}]: ${String(error).trim().slice(0, 400)}`;
    });
}

/** One line per failed sample: which operation, and what it printed. */
function failures(
  results: Array<{ sample: RunnableSample; code: number | null; stderr: string; stdout: string }>,
) {
  return results
    .filter((result) => result.code !== 0)
    .map(
      ({ sample, code, stderr, stdout }) =>
        `${sample.api} ${sample.operationId} [${sample.lang}] exit ${code}: ${(stderr || stdout).trim().slice(0, 400)}`,
    );
}

describe("the code samples of the reference pages", () => {
  it("are on every operation, in curl, TypeScript and Python, and point at the mock once placeholders are swapped", () => {
    for (const api of API_SITES) {
      const ofApi = samples.filter((sample) => sample.api === api.id);
      const operations = new Set(ofApi.map((sample) => sample.operationId));
      expect(operations.size, `${api.id} operations with samples`).toBeGreaterThan(0);
      expect(ofApi).toHaveLength(operations.size * 3);
    }
    for (const sample of samples) {
      const mock = mocks.find((candidate) => candidate.api === sample.api);
      expect(sample.source, `${sample.operationId} [${sample.lang}] calls the mock`).toContain(mock?.baseUrl);
    }
  });

  it("run with curl against the mock", async () => {
    const results = await mapLimit(samplesIn("Shell"), CONCURRENCY, async (sample) => ({
      sample,
      ...(await runProcess("sh", ["-c", sample.source])),
    }));
    expect(failures(results)).toEqual([]);
  });

  it("run with Python requests against the mock", async () => {
    const python = samplesIn("Python");
    const byName = new Map(python.map((sample) => [`${sample.api}-${sample.operationId}.py`, sample]));
    const run = await runProcess("python3", [path.join(SUPPORT_DIR, "run-python-samples.py")], {
      input: JSON.stringify(Object.fromEntries([...byName].map(([name, sample]) => [name, sample.source]))),
      timeoutMs: 240_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const outcomes: Record<string, string | null> = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
    expect(Object.keys(outcomes)).toHaveLength(python.length);
    expect(failed(outcomes, byName)).toEqual([]);
  });

  it("type-check against the typed clients and run against the mock", async () => {
    const typescript = samplesIn("TypeScript").map((sample) => ({
      sample,
      file: `${sample.api}-${sample.operationId.replace(/[^\w-]/g, "_")}.ts`,
    }));
    const compiled = await compileTypeScript(
      WORK_DIR,
      Object.fromEntries(typescript.map(({ sample, file }) => [file, sample.source])),
      { outDir: "out" },
    );
    expect(compiled, "tsc reports no errors in the samples").toBe("");

    const byFile = new Map(
      typescript.map(({ sample, file }) => [
        path.join(WORK_DIR, "out", file.replace(/\.ts$/, ".js")),
        sample,
      ]),
    );
    const resultsFile = path.join(WORK_DIR, "results.json");
    const run = await runProcess(
      process.execPath,
      [path.join(SUPPORT_DIR, "run-module-samples.mjs"), resultsFile, ...byFile.keys()],
      {
        timeoutMs: 240_000,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const outcomes: Record<string, string | null> = JSON.parse(await readFile(resultsFile, "utf8"));
    expect(Object.keys(outcomes)).toHaveLength(typescript.length);
    expect(failed(outcomes, byFile)).toEqual([]);
  });
});
