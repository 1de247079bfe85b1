// turbo pipeline: cold run, warm run (full cache hit), and one description changed, in a scratch worktree.
import { appendFileSync } from "node:fs";
import path from "node:path";
import { seconds, table, target } from "./lib/markdown.js";
import { progress, runIfMain } from "./lib/run-benchmark.js";
import { createScratchWorktree } from "./lib/scratch-worktree.js";
import { turboRun } from "./lib/turbo-run.js";

/** What `pnpm build` runs. */
const TASKS = ["build", "docs"];
const CHANGED_FILE = "specs/gordo/openapi.yaml";
const HARMLESS_CHANGE =
  "\n# A comment appended by the pipeline benchmark: same description, new file hash.\n";

/**
 * Every task that must re-run when the tasks in `changedIds` do: them and their transitive dependents.
 * @param {import("./lib/turbo-run.js").TurboTask[]} tasks
 * @param {readonly string[]} changedIds
 */
function affectedTasks(tasks, changedIds) {
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  // Dependents outside this run (such as test tasks) are not part of it.
  const affected = new Set(changedIds);
  const queue = [...changedIds];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const dependent of byId.get(id)?.dependents ?? []) {
      if (byId.has(dependent) && !affected.has(dependent)) {
        affected.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return affected;
}

/** @param {import("./lib/turbo-run.js").TurboTask[]} tasks */
function tasksByPackage(tasks) {
  const packages = [...new Set(tasks.map((task) => task.package))].sort();
  return packages.map((name) => {
    const own = tasks.filter((task) => task.package === name);
    const names = (/** @type {"HIT" | "MISS"} */ status) =>
      own
        .filter((task) => task.status === status)
        .map((task) => task.task)
        .join(", ") || "-";
    return { name, rerun: own.filter((task) => task.status === "MISS").length, total: own.length, names };
  });
}

export async function measurePipeline() {
  progress("pipeline: creating a scratch worktree and installing from the local store");
  const worktree = createScratchWorktree();
  try {
    const cacheDir = path.join(worktree.dir, "..", "turbo-cache");
    progress("pipeline: cold run");
    const cold = await turboRun(worktree.dir, TASKS, cacheDir);
    progress("pipeline: warm run");
    const warm = await turboRun(worktree.dir, TASKS, cacheDir);
    appendFileSync(path.join(worktree.dir, CHANGED_FILE), HARMLESS_CHANGE);
    progress(`pipeline: ${CHANGED_FILE} changed`);
    const changed = await turboRun(worktree.dir, TASKS, cacheDir);

    const changedTasks = changed.tasks.filter((task) => CHANGED_FILE.startsWith(`${task.directory}/`));
    const changedPackage = changedTasks[0]?.package ?? CHANGED_FILE;
    const expected = affectedTasks(
      changed.tasks,
      changedTasks.map((task) => task.taskId),
    );
    const rerun = new Set(changed.tasks.filter((task) => task.status === "MISS").map((task) => task.taskId));
    const onlyItsChain = rerun.size === expected.size && [...rerun].every((id) => expected.has(id));
    const runRow = (
      /** @type {string} */ name,
      /** @type {Awaited<ReturnType<typeof turboRun>>} */ figures,
    ) => [
      name,
      seconds(figures.wallMs),
      figures.cached === figures.attempted
        ? 0
        : `${figures.attempted - figures.cached}: ${figures.tasks
            .filter((task) => task.status === "MISS")
            .map((task) => task.taskId)
            .join(", ")}`,
      `cached ${figures.cached} of ${figures.attempted}${figures.fullTurbo ? " (FULL TURBO)" : ""}`,
    ];
    return [
      "## 1. Pipeline (turbo)",
      "",
      `\`turbo run ${TASKS.join(" ")}\` (what \`pnpm build\` runs) in a scratch \`git worktree\` of ${worktree.commit} under the`,
      "temp folder with its own empty cache folder; the real checkout is never touched. Wall time includes turbo's start.",
      "",
      table(
        ["run", "wall time", "tasks executed", "cache"],
        [
          runRow("cold (empty cache)", cold),
          runRow("warm (nothing changed)", warm),
          runRow(`one description changed (comment appended to ${CHANGED_FILE})`, changed),
        ],
      ),
      "",
      `Tasks per package after the change to ${CHANGED_FILE}:`,
      "",
      table(
        ["package", "re-ran", "re-ran tasks", "cached tasks"],
        tasksByPackage(changed.tasks).map((row) => [
          row.name,
          `${row.rerun} of ${row.total}`,
          row.names("MISS"),
          row.names("HIT"),
        ]),
      ),
      "",
      target(
        `warm run is a full cache hit (cached ${warm.cached} of ${warm.attempted})`,
        warm.cached === warm.attempted,
      ),
      "",
      target(
        `a change to ${changedPackage} re-runs only its own chain (its tasks and their dependents, ${expected.size} tasks; everything else cached)`,
        onlyItsChain,
      ),
    ].join("\n");
  } finally {
    worktree.remove();
  }
}

await runIfMain(import.meta.url, measurePipeline);
