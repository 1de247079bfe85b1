import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

export interface ExampleRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const interpreters: Record<string, string[]> = {
  ".sh": ["bash", "-e"],
  ".py": ["python3"],
  ".mjs": [process.execPath],
};

/**
 * Runs a code sample copied from the API's documentation with one change: its real origin (scheme, host and port)
 * is replaced by the mock's.
 */
export async function runExampleAgainst(
  file: string,
  realOrigin: string,
  mockOrigin: string,
): Promise<ExampleRun> {
  const source = await readFile(file, "utf8");
  if (!source.includes(realOrigin)) throw new Error(`${file} does not mention ${realOrigin}`);
  const interpreter = interpreters[extname(file)];
  if (!interpreter) throw new Error(`No interpreter for ${file}`);
  const folder = await mkdtemp(join(tmpdir(), "tradespec-example-"));
  const script = join(folder, basename(file));
  await writeFile(script, source.replaceAll(realOrigin, mockOrigin));
  const [command = "", ...args] = interpreter;
  try {
    return await new Promise((resolve) => {
      execFile(command, [...args, script], { timeout: 90_000 }, (error, stdout, stderr) => {
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
