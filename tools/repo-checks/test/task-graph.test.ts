// The task graph runs one way: specs -> packages -> apps -> tools and bench. Read from turbo's own plan
// (`turbo run ... --dry=json`) in a fresh clone of the committed HEAD, where a file can be edited safely.
import { execFileSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cloneHead, REPOSITORY, userEnvironment } from "./support/clone.js";

interface PlannedTask {
  taskId: string;
  task: string;
  package: string;
  directory: string;
  command: string;
  hash: string;
  dependencies: string[];
}

const TASKS = ["build", "docs", "test", "check:package"];
const BUILD_TASKS = new Set(["lint", "bundle", "generate", "build", "check:package", "docs"]);
let clone: { base: string; dir: string };

beforeAll(() => {
  clone = cloneHead();
});

afterAll(() => {
  if (clone) rmSync(clone.base, { recursive: true, force: true });
});

/** turbo's plan for `TASKS` in the clone, by task id. */
function plan(): Map<string, PlannedTask> {
  const turbo = path.join(REPOSITORY, "node_modules/.bin/turbo");
  const json = execFileSync(turbo, ["run", ...TASKS, "--dry=json"], {
    cwd: clone.dir,
    env: userEnvironment(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const tasks = (JSON.parse(json) as { tasks: PlannedTask[] }).tasks;
  return new Map(tasks.map((task) => [task.taskId, task]));
}

/** Every task `taskId` waits for, directly or not. */
function closure(tasks: Map<string, PlannedTask>, taskId: string): PlannedTask[] {
  const seen = new Map<string, PlannedTask>();
  const pending = [...(tasks.get(taskId)?.dependencies ?? [])];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const task = tasks.get(id);
    if (!task || seen.has(id)) continue;
    seen.set(id, task);
    pending.push(...task.dependencies);
  }
  return [...seen.values()];
}

const layer = (task: PlannedTask) => task.directory.split("/")[0] ?? "";
/** turbo plans every task for every package, and marks those the package has no script for. */
const runs = (task: PlannedTask) => task.command !== "<NONEXISTENT>";

function manifest(directory: string) {
  return JSON.parse(readFileSync(path.join(clone.dir, directory, "package.json"), "utf8"));
}

describe("the task graph", () => {
  it("builds every package from specs and packages only, never from an app or a tool", () => {
    const tasks = plan();
    const builds = [...tasks.values()].filter(
      (task) => ["specs", "packages"].includes(layer(task)) && BUILD_TASKS.has(task.task) && runs(task),
    );
    expect(builds.map((task) => task.taskId)).toContain("@tradespec/gordo#build");
    for (const build of builds) {
      const outside = closure(tasks, build.taskId).filter(
        (task) => !["specs", "packages"].includes(layer(task)),
      );
      expect(
        outside.map((task) => task.taskId),
        build.taskId,
      ).toEqual([]);
    }
  });

  it("builds a package after exactly its own generate and the builds of its workspace dependencies", () => {
    const tasks = plan();
    for (const build of [...tasks.values()].filter(
      (task) => layer(task) === "packages" && task.task === "build",
    )) {
      const { dependencies = {} } = manifest(build.directory);
      const workspace = Object.keys(dependencies).filter((name) =>
        dependencies[name].startsWith("workspace:"),
      );
      expect(build.dependencies.sort(), build.taskId).toEqual(
        [`${build.package}#generate`, ...workspace.map((name) => `${name}#build`)].sort(),
      );
    }
  });

  it("lists no app as a dependency of any kind of a package", () => {
    const apps = readdirSync(path.join(clone.dir, "apps")).map((app) => manifest(`apps/${app}`).name);
    for (const directory of readdirSync(path.join(clone.dir, "packages"))) {
      const { dependencies, devDependencies, peerDependencies, optionalDependencies } = manifest(
        `packages/${directory}`,
      );
      const names = Object.keys({
        ...dependencies,
        ...devDependencies,
        ...peerDependencies,
        ...optionalDependencies,
      });
      expect(
        names.filter((name) => apps.includes(name)),
        `packages/${directory}`,
      ).toEqual([]);
    }
  });

  it("after an edit to apps/mock/src, rebuilds only the mock and re-runs only tests that wait for it", () => {
    const before = plan();
    const source = readdirSync(path.join(clone.dir, "apps/mock/src")).find((file) => file.endsWith(".ts"));
    appendFileSync(path.join(clone.dir, "apps/mock/src", source as string), "\n// edited\n");
    const after = plan();
    const changed = [...after.values()].filter((task) => before.get(task.taskId)?.hash !== task.hash);

    expect(changed.map((task) => task.taskId)).toContain("@tradespec/mock#build");
    const rebuilt = changed.filter((task) => BUILD_TASKS.has(task.task) && runs(task));
    expect(rebuilt.map((task) => task.taskId)).toEqual(["@tradespec/mock#build"]);
    const below = changed.filter((task) => ["specs", "packages"].includes(layer(task)));
    expect(below.map((task) => task.taskId)).toEqual([]);
    const retested = changed.filter((task) => task.task === "test" && runs(task));
    expect(retested.length).toBeGreaterThan(0);
    for (const test of retested) {
      expect(
        closure(after, test.taskId).map((task) => task.taskId),
        `${test.taskId} waits for what it runs`,
      ).toContain("@tradespec/mock#build");
    }
  });
});
