import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../../src/clients.js";

const exec = promisify(execFile);

export interface ScratchRepository {
  dir: string;
  /** Runs a command in the clone; resolves with its exit code and everything it printed. */
  run(command: string, args: string[]): Promise<{ code: number; output: string }>;
  remove(): Promise<void>;
}

/**
 * A clone of the working tree as it is (tracked and untracked files, committed to a throwaway commit that no branch
 * points at), installed offline from the local pnpm store. It shares the original's turbo cache, so a task whose
 * inputs the test does not touch is restored, not rerun.
 */
export async function createScratchRepository(): Promise<ScratchRepository> {
  const dir = await mkdtemp(path.join(tmpdir(), "tradespec-scratch-"));
  const run = (command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv) =>
    exec(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  const index = path.join(dir, "index");
  const withIndex = { ...process.env, GIT_INDEX_FILE: index };
  await run("git", ["read-tree", "HEAD"], REPO_ROOT, withIndex);
  await run("git", ["add", "-A"], REPO_ROOT, withIndex);
  const { stdout: tree } = await run("git", ["write-tree"], REPO_ROOT, withIndex);
  const { stdout: commit } = await run("git", ["commit-tree", tree.trim(), "-m", "working tree"], REPO_ROOT, {
    ...process.env,
    GIT_AUTHOR_NAME: "scratch",
    GIT_AUTHOR_EMAIL: "scratch@localhost",
    GIT_COMMITTER_NAME: "scratch",
    GIT_COMMITTER_EMAIL: "scratch@localhost",
  });
  const clone = path.join(dir, "repository");
  await run("git", ["clone", "-q", "--shared", "--no-checkout", REPO_ROOT, clone], dir);
  await run("git", ["checkout", "-q", "--detach", commit.trim()], clone);
  await run("pnpm", ["install", "--offline", "--frozen-lockfile", "--reporter=silent"], clone);
  const { stdout: commonDir } = await run(
    "git",
    ["rev-parse", "--path-format=absolute", "--git-common-dir"],
    REPO_ROOT,
  );
  const env = {
    ...process.env,
    TURBO_CACHE_DIR: path.join(path.dirname(commonDir.trim()), ".turbo", "cache"),
    TURBO_TELEMETRY_DISABLED: "1",
    FORCE_COLOR: "0",
  };
  return {
    dir: clone,
    run: (command, args) =>
      run(command, args, clone, env).then(
        ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({
          code: typeof error.code === "number" ? error.code : 1,
          output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
        }),
      ),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
