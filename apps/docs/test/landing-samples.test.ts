// The landing page's TypeScript examples compile against the typed clients as a reader would paste them.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { PACKAGE_DIR, SITE_DIR } from "../src/paths.js";
import { compileTypeScript } from "./support/compile-typescript.js";

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
  const compiled = await compileTypeScript(
    WORK_DIR,
    Object.fromEntries(examples.map((code, index) => [`landing-${index + 1}.ts`, code])),
    { types: ["node"] },
  );
  expect(compiled, "tsc reports no errors in the landing page's examples").toBe("");
});
