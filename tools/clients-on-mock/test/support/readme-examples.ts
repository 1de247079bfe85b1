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
 * Writes every ```ts block of a client's README to `test-results/readme-<client>/example-<n>.ts` in this package, so
 * that a test can type-check and import them; the package name in their imports resolves, as for a user, to the
 * built package this one depends on.
 */
export function extractReadmeExamples(readmeFile: string, client: string): ReadmeExample[] {
  const readme = readFileSync(readmeFile, "utf8");
  const directory = fileURLToPath(new URL(`../../test-results/readme-${client}/`, import.meta.url));
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

/** TypeScript's complaints about `files`, checked against the types the package ships. */
export function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}: ${message}`;
  });
}
