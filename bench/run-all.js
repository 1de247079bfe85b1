// `pnpm bench`: runs every benchmark in its own process, one after another, and writes RESULTS.md.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./lib/machine.js";

const BENCHMARKS = [
  "pipeline.js",
  "client-size.js",
  "client-overhead.js",
  "mock-throughput.js",
  "mock-soak.js",
  "docs-weight.js",
];
const RESULTS = fileURLToPath(new URL("RESULTS.md", import.meta.url));

if (process.argv.includes("--help")) {
  // What `pnpm bench` would run, without running it; fails if a benchmark it names is missing.
  console.log(
    `Usage: pnpm bench\nRuns each benchmark in its own process, one after another, and writes RESULTS.md:`,
  );
  const missing = BENCHMARKS.filter((file) => !existsSync(fileURLToPath(new URL(file, import.meta.url))));
  for (const file of BENCHMARKS) console.log(`  ${file}${missing.includes(file) ? " (missing)" : ""}`);
  process.exit(missing.length > 0 ? 1 : 0);
}

/**
 * @param {string} file
 * @returns {Promise<{ section: string, ok: boolean }>}
 */
function runBenchmark(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL(file, import.meta.url))], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let section = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      section += chunk.toString("utf8");
    });
    child.once("exit", (code) => {
      const ok = code === 0;
      resolve({
        ok,
        section: ok
          ? section.trim()
          : `## ${file}\n\nFailed (exit ${code}); its error is on the run's stderr.`,
      });
    });
  });
}

const machine = describeMachine();
const sections = [];
let failures = 0;
for (const file of BENCHMARKS) {
  const { section, ok } = await runBenchmark(file);
  if (!ok) failures += 1;
  sections.push(section);
}
writeFileSync(
  RESULTS,
  [
    "# Benchmark results",
    "",
    `Written by \`pnpm bench\` on ${machine}.`,
    "Every figure stands beside its comparison measured in the same run; the machine is shared, so read ratios, not",
    "absolute figures. How each benchmark works: [README.md](README.md).",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n"),
);
console.log(`\nWrote ${RESULTS}${failures ? ` (${failures} benchmark(s) failed)` : ""}`);
process.exitCode = failures ? 1 : 0;
