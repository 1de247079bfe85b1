import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { runProcess } from "./processes.js";

export interface CompileOptions {
  /** `@types` packages visible to the files; none by default (the samples must not lean on Node's globals). */
  types?: string[];
  /** Where the JavaScript goes; nothing is emitted without it. */
  outDir?: string;
}

/**
 * Writes `files` (name -> source) into `dir` as an ES module project, strict, resolving our packages as a reader's
 * project would, and runs tsc on it. Returns tsc's output: empty when everything type-checks.
 */
export async function compileTypeScript(
  dir: string,
  files: Record<string, string>,
  { types = [], outDir }: CompileOptions = {},
): Promise<string> {
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeFile(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
        lib: ["ES2022", "DOM"],
        types,
        ...(outDir ? { outDir } : { noEmit: true }),
      },
      include: Object.keys(files),
    }),
  );
  await Promise.all(Object.entries(files).map(([name, source]) => writeFile(path.join(dir, name), source)));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const compiled = await runProcess(process.execPath, [tsc, "-p", dir], { timeoutMs: 120_000 });
  return compiled.stdout + compiled.stderr;
}
