import { execFileSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { cloneHead, REPOSITORY, userEnvironment } from "./clone.js";
import { processesIn, type Started, startGroup } from "./processes.js";

export interface FreshClone {
  readonly dir: string;
  /** The environment a user's shell would give a command there: none of this test run's pnpm, turbo or vitest. */
  readonly env: NodeJS.ProcessEnv;
  /** Starts `pnpm <args>` in the clone, in its own process group; `env` adds variables. */
  pnpm(args: string[], env?: NodeJS.ProcessEnv): Started;
  /** Stops whatever is still running in the clone and deletes it. */
  remove(): Promise<void>;
}

/**
 * `git clone`s the committed HEAD of this repository into a temporary folder and installs it as the README says,
 * from the local package store only (`pnpm install --frozen-lockfile --offline`): nothing comes from the network.
 *
 * The clone's turbo cache starts as a copy of this checkout's. The cache is keyed by the content of every task's
 * inputs, so a task hits only where the clone's inputs equal what was built here, and the clone never writes into
 * this checkout's cache. The cold build of a fresh clone is what CI's `bash .ci/run` runs (`pnpm test` in a fresh
 * clone with an empty cache); this copy saves the commands here from building everything once more.
 */
export function createFreshClone(): FreshClone {
  const { base, dir } = cloneHead();
  const cacheDir = path.join(base, "turbo-cache");
  const ownCache = turboCacheDir();
  if (existsSync(ownCache)) cpSync(ownCache, cacheDir, { recursive: true });
  const env = userEnvironment({ TURBO_CACHE_DIR: cacheDir });
  const started = new Set<Started>();

  const clone: FreshClone = {
    dir,
    env,
    pnpm(args, extra = {}) {
      const run = startGroup("pnpm", args, { cwd: dir, env: { ...env, ...extra } });
      started.add(run);
      return run;
    },
    async remove() {
      await Promise.all([...started].map((run) => run.stop()));
      for (const { pid } of processesIn(base)) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Gone meanwhile.
        }
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
  return clone;
}

/** Where turbo keeps this checkout's cache: TURBO_CACHE_DIR, else `.turbo/cache` of the main worktree. */
function turboCacheDir(): string {
  if (process.env.TURBO_CACHE_DIR) return path.resolve(REPOSITORY, process.env.TURBO_CACHE_DIR);
  const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], {
    cwd: REPOSITORY,
    encoding: "utf8",
  }).trim();
  return path.join(path.dirname(common), ".turbo", "cache");
}
