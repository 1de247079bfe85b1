import { readFileSync } from "node:fs";
import ts from "typescript";
import { expect, it } from "vitest";

const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

/** The names `src/index.ts` exports, values and types alike, read from its export statements. */
function exportedNames(): string[] {
  const index = ts.createSourceFile("index.ts", read("../src/index.ts"), ts.ScriptTarget.Latest);
  return index.statements.flatMap((statement) => {
    if (!ts.isExportDeclaration(statement)) return [];
    if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
      throw new Error("src/index.ts re-exports a whole module; name each export so the README can list it");
    }
    return statement.exportClause.elements.map((element) => element.name.text);
  });
}

it("the README names every export", () => {
  const named = new Set([...read("../README.md").matchAll(/`([A-Za-z_$][\w$]*)/g)].map((match) => match[1]));
  const exported = exportedNames();
  expect(exported.length).toBeGreaterThan(0);
  expect(exported.filter((name) => !named.has(name))).toEqual([]);
});
