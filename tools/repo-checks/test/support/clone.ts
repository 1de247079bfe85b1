import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The checkout this package lives in. */
export const REPOSITORY = fileURLToPath(new URL("../../../../", import.meta.url));

/** `git clone` of the committed HEAD into `<base>/tradespec`, `base` a new temporary folder. */
export function cloneHead(): { base: string; dir: string } {
  const base = mkdtempSync(path.join(tmpdir(), "tradespec-fresh-clone-"));
  const dir = path.join(base, "tradespec");
  execFileSync("git", ["clone", "--quiet", "--single-branch", "--no-tags", REPOSITORY, dir]);
  return { base, dir };
}

/** This process's environment without what the test run around it set, and without its PATH entries here. */
export function userEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|PNPM_SCRIPT|INIT_CWD$|VITEST|TEST$|NODE_ENV$|TURBO_)/.test(name)) continue;
    env[name] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((entry) => !path.resolve(entry).startsWith(REPOSITORY))
    .join(path.delimiter);
  return { ...env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", DO_NOT_TRACK: "1", ...extra };
}
