// `pnpm bench`: runs every benchmark in its own process, one after another, and writes RESULTS.md.
// `pnpm bench mock-throughput.js mock-soak.js` runs only those and rewrites only their sections of RESULTS.md.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
    "Usage: pnpm bench [benchmark.js ...]\nRuns each benchmark in its own process, one after another, and writes RESULTS.md\n" +
      "(given benchmarks: only those, rewriting only their sections):",
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

/**
 * Whether a "Sections … rewritten" line of RESULTS.md speaks only of sections among `sections`, which a new run
 * rewrites again.
 * @param {string} line
 * @param {readonly number[]} sections
 */
function onlyAbout(line, sections) {
  const listed = /^Sections? ([\d, ]+) rewritten by /.exec(line)?.[1];
  return listed?.split(", ").every((number) => sections.includes(Number(number))) ?? false;
}

const chosen = process.argv.slice(2);
const unknown = chosen.filter((file) => !BENCHMARKS.includes(file));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(", ")}; expected some of ${BENCHMARKS.join(", ")}.`);
  process.exit(2);
}
const runs = chosen.length > 0 ? chosen : BENCHMARKS;
const previous = chosen.length > 0 && existsSync(RESULTS) ? previousSections() : undefined;
if (chosen.length > 0 && previous === undefined) {
  console.error(`${RESULTS} has no section per benchmark to rewrite: run \`pnpm bench\` once.`);
  process.exit(2);
}

const machine = describeMachine();
const sections = previous?.sections ?? [];
let failures = 0;
for (const file of runs) {
  const { section, ok } = await runBenchmark(file);
  if (!ok) failures += 1;
  sections[BENCHMARKS.indexOf(file)] = section;
}
const rerun = runs.map((file) => BENCHMARKS.indexOf(file) + 1);
const written = previous
  ? [
      ...previous.written.split("\n").filter((line) => !onlyAbout(line, rerun)),
      `Section${rerun.length > 1 ? "s" : ""} ${rerun.join(", ")} rewritten by \`pnpm bench ${runs.join(" ")}\` on ${machine}.`,
    ].join("\n")
  : `Written by \`pnpm bench\` on ${machine}.`;
writeFileSync(
  RESULTS,
  [
    "# Benchmark results",
    "",
    written,
    "Every figure stands beside its comparison measured in the same run; the machine is shared, so read ratios, not",
    "absolute figures. How each benchmark works: [README.md](README.md).",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n"),
);
console.log(`\nWrote ${RESULTS}${failures ? ` (${failures} benchmark(s) failed)` : ""}`);
process.exitCode = failures ? 1 : 0;

/** RESULTS.md's "Written by" lines and its sections, one per benchmark in order; undefined if they do not match. */
function previousSections() {
  const text = readFileSync(RESULTS, "utf8");
  const [head = "", ...rest] = text.trimEnd().split(/\n(?=## \d+\. )/);
  const written = head
    .split("\n")
    .filter((line) => line.startsWith("Written by") || line.startsWith("Section"))
    .join("\n");
  const sections = rest.map((section) => section.trimEnd());
  return sections.length === BENCHMARKS.length && written !== "" ? { written, sections } : undefined;
}
