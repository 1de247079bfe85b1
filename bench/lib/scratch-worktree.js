import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { QUIET_ENV, REPO_ROOT } from "./repo-paths.js";

/**
 * A detached worktree of HEAD under the system temp folder, with its dependencies installed from the local store,
 * so that builds and edits never touch the real checkout.
 */
export function createScratchWorktree() {
  const parent = mkdtempSync(path.join(tmpdir(), "tradespec-bench-"));
  const dir = path.join(parent, "repo");
  const commit = git(["rev-parse", "--short", "HEAD"]).trim();
  git(["worktree", "add", "--detach", dir, "HEAD"]);
  const remove = () => {
    try {
      git(["worktree", "remove", "--force", dir]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
      git(["worktree", "prune"]);
    }
  };
  try {
    execFileSync(
      "flock",
      ["/tmp/tradespec-pnpm.lock", "pnpm", "install", "--frozen-lockfile", "--offline", "--reporter=silent"],
      { cwd: dir, env: QUIET_ENV, stdio: ["ignore", "ignore", "inherit"] },
    );
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, commit, remove };
}

/** @param {readonly string[]} args */
function git(args) {
  // Another engineer's commit may hold the index lock for a moment.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return execFileSync("git", ["-C", REPO_ROOT, ...args], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      if (attempt >= 5 || !String(/** @type {any} */ (error).stderr).includes(".lock")) throw error;
      execFileSync("sleep", ["1"]);
    }
  }
}
