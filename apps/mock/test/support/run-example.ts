import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

export interface ExampleRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The files the sample wrote into its working directory, by name. */
  readonly written: ReadonlyMap<string, string>;
}

const interpreters: Record<string, string[]> = {
  ".sh": ["bash", "-e"],
  ".py": ["python3"],
  ".mjs": [process.execPath],
};

/**
 * Runs a code sample copied from the API's documentation with one change: its real origin (scheme, host and port)
 * is replaced by the mock's. It runs in a temporary working directory of its own, removed afterwards.
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
    const { exitCode, stdout, stderr } = await new Promise<Omit<ExampleRun, "written">>((resolve) => {
      execFile(command, [...args, script], { cwd: folder, timeout: 90_000 }, (error, stdout, stderr) => {
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });
    return { exitCode, stdout, stderr, written: await filesWritten(folder, basename(script)) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function filesWritten(folder: string, script: string): Promise<Map<string, string>> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile() && entry.name !== script).map((entry) => entry.name);
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), "utf8")] as const)),
  );
}
