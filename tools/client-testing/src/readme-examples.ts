import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export interface ReadmeExample {
  /** 1-based position among the README's `ts` blocks. */
  index: number;
  /** The heading the example sits under. */
  section: string;
  file: string;
}

/**
 * Writes every ```ts block of the package README to `test-results/readme/example-<n>.ts`, so that a test can
 * type-check and import them; the package name in their imports resolves to the sources (see the package's
 * vitest.config.ts).
 */
export function extractReadmeExamples(packageRoot: URL): ReadmeExample[] {
  const readme = readFileSync(new URL("README.md", packageRoot), "utf8");
  const directory = fileURLToPath(new URL("test-results/readme/", packageRoot));
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const examples: ReadmeExample[] = [];
  let section = "";
  for (const block of readme.split(/^```/m).entries()) {
    const [position, text] = block;
    if (position % 2 === 0) {
      section = [...text.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? section;
    } else if (text.startsWith("ts\n")) {
      const file = `${directory}example-${examples.length + 1}.ts`;
      writeFileSync(file, text.slice("ts\n".length));
      examples.push({ index: examples.length + 1, section, file });
    }
  }
  return examples;
}

/** TypeScript's complaints about `files`, with the package name mapped to `entry` (its src/index.ts). */
export function typeErrors(files: string[], packageName: string, entry: string): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    baseUrl: ".",
    paths: { [packageName]: [entry] },
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}: ${message}`;
  });
}
