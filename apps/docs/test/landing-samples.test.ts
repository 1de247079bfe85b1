// The landing page's TypeScript examples compile against the typed clients as a reader would paste them.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, it } from "vitest";
import { PACKAGE_DIR, SITE_DIR } from "../src/paths.js";
import { runProcess } from "./support/processes.js";

const WORK_DIR = path.join(PACKAGE_DIR, "test-results/landing-samples");
const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
};

/** Every `<pre><code>` block of the page that imports one of our packages, as plain text. */
function typescriptExamples(html: string): string[] {
  return [...html.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)]
    .map(([, code]) =>
      (code ?? "").replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity),
    )
    .filter((code) => /^import .* from "@tradespec\//m.test(code));
}

it("type-checks every TypeScript example on the landing page", async () => {
  const examples = typescriptExamples(await readFile(path.join(SITE_DIR, "index.html"), "utf8"));
  expect(examples.length).toBeGreaterThanOrEqual(2);

  await rm(WORK_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  await writeFile(path.join(WORK_DIR, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeFile(
    path.join(WORK_DIR, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        lib: ["ES2022", "DOM"],
        types: ["node"],
      },
      include: ["*.ts"],
    }),
  );
  await Promise.all(
    examples.map((code, index) => writeFile(path.join(WORK_DIR, `landing-${index + 1}.ts`), code)),
  );

  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const compiled = await runProcess(process.execPath, [tsc, "-p", WORK_DIR], { timeoutMs: 120_000 });
  expect(compiled.stdout + compiled.stderr, "tsc reports no errors in the landing page's examples").toBe("");
}, 150_000);
