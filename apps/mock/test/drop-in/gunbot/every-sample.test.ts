import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../../../src/index.js";
import { originOf } from "../../support/mock-origin.js";
import { type ExampleRun, runExampleAgainst } from "../../support/run-example.js";

/**
 * Every example call of the Gunbot document (cURL, JavaScript and Python, one file each in this folder, copied
 * unchanged) against the mock, with only the origin swapped. A sample succeeds when it exits 0 and prints no
 * Gunbot error body. The few the document gets wrong fail as they would against a real bot
 * (specs/gunbot/DECISIONS.md says why). One after the other, so that they do not crowd the machine; the Python
 * samples share one interpreter, which imports requests once instead of 58 times.
 */
const FOLDER = fileURLToPath(new URL(".", import.meta.url));
const ORIGINS = ["https://your-gunbot-instance.com:3000", "http://localhost:5051"];
const ERROR_BODY = /["']?status["']?\s*:\s*["']error["']/;
const SLOW = 120_000;

/** Samples whose request the bot rejects, and the message that says why. */
const REJECTED: Record<string, RegExp> = {
  // a // comment inside the curl JSON body
  "config-update.sh": /Malformed JSON body/,
  "files-custom-editor-write.sh": /Malformed JSON body/,
  // the placeholder your_encrypted_password is not an ENC: value
  "auth-login.sh": /password/,
  "auth-login.mjs": /^undefined$/m,
  "auth-login.py": /KeyError: 'token'/,
};

/** Runs each Python sample as __main__ in one interpreter, and prints {file: {exitCode, output}} as JSON. */
const PYTHON_RUNNER = `
import contextlib, io, json, sys, traceback
results = {}
for name, path in json.load(sys.stdin).items():
    output = io.StringIO()
    exit_code = 0
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            exec(compile(open(path, encoding="utf-8").read(), name, "exec"), {"__name__": "__main__"})
        except SystemExit as exit:
            exit_code = exit.code if isinstance(exit.code, int) else 1
        except BaseException:
            traceback.print_exc()
            exit_code = 1
    results[name] = {"exitCode": exit_code, "output": output.getvalue()}
print(json.dumps(results))
`;

const samples = (await readdir(FOLDER)).filter((file) => /\.(sh|mjs|py)$/.test(file)).sort();
const pythonSamples = samples.filter((file) => file.endsWith(".py"));
const otherSamples = samples.filter((file) => !file.endsWith(".py"));

async function originIn(file: string): Promise<string> {
  const source = await readFile(join(FOLDER, file), "utf8");
  const origin = ORIGINS.find((candidate) => source.includes(candidate));
  if (!origin) throw new Error(`${file} mentions none of ${ORIGINS.join(", ")}`);
  return origin;
}

async function runPythonSamples(
  mockOrigin: string,
): Promise<Record<string, { exitCode: number; output: string }>> {
  const folder = await mkdtemp(join(tmpdir(), "tradespec-gunbot-samples-"));
  try {
    const scripts: Record<string, string> = {};
    for (const file of pythonSamples) {
      const source = await readFile(join(FOLDER, file), "utf8");
      scripts[file] = join(folder, file);
      await writeFile(scripts[file], source.replaceAll(await originIn(file), mockOrigin));
    }
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile("python3", ["-c", PYTHON_RUNNER], { timeout: SLOW }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      );
      child.stdin?.end(JSON.stringify(scripts));
    });
    return JSON.parse(stdout);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function expectSucceeded(file: string, exitCode: number, output: string) {
  const rejected = REJECTED[file];
  if (rejected) {
    expect(output).toMatch(rejected);
    return;
  }
  expect(exitCode, output).toBe(0);
  expect(output).not.toMatch(ERROR_BODY);
}

let mock: Mock;
let pythonRuns: ReturnType<typeof runPythonSamples> | undefined;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, host: "127.0.0.1" });
});
afterAll(() => mock?.close());

describe("every example call of the Gunbot document, host swapped", () => {
  it("covers each operation in all three languages", () => {
    const operations = new Set(samples.map((file) => file.replace(/\.\w+$/, "")));
    for (const operation of operations) {
      for (const extension of ["sh", "mjs", "py"]) expect(samples).toContain(`${operation}.${extension}`);
    }
    expect(operations.size).toBe(58);
  });

  it.each(otherSamples)(
    "%s",
    async (file) => {
      const run: ExampleRun = await runExampleAgainst(
        join(FOLDER, file),
        await originIn(file),
        originOf(mock),
      );
      expectSucceeded(file, run.exitCode, `${run.stdout}${run.stderr}`);
    },
    SLOW,
  );

  it.each(pythonSamples)(
    "%s",
    async (file) => {
      pythonRuns ??= runPythonSamples(originOf(mock));
      const run = (await pythonRuns)[file];
      expect(run, `${file} did not run`).toBeDefined();
      expectSucceeded(file, run?.exitCode ?? -1, run?.output ?? "");
    },
    SLOW,
  );
});
