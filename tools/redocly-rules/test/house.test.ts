import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import housePlugin from "../house.js";

// Each house rule has a folder under fixtures/: `fires.yaml` breaks the rule where the table below says, and
// `quiet.yaml` is the same description fixed. One Redocly CLI run (the real linter, with fixtures/redocly.yaml)
// lints them all.

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));

/** Where each rule must fire in its `fires.yaml` (JSON pointers), and a phrase its message must contain. */
const expected: Record<string, { pointers: string[]; says: string }> = {
  "operation-has-error-responses": {
    pointers: ["#/paths/~1widgets/get/responses", "#/paths/~1widgets/post/responses"],
    says: "must declare a",
  },
  "operation-id-verb": {
    pointers: ["#/paths/~1widgets/get/operationId", "#/paths/~1widgets/post/operationId"],
    says: "must be camelCase and start with one of: list, get, create",
  },
  "operation-has-scope": {
    pointers: ["#/paths/~1widgets/get/x-required-scope", "#/paths/~1widgets/post/x-required-scope"],
    says: "x-required-scope as one of: read, trade",
  },
  "operation-read-only-flag": {
    pointers: ["#/paths/~1widgets/get/x-read-only", "#/paths/~1widgets/post/x-read-only"],
    says: "x-read-only",
  },
  "evidence-graded": {
    pointers: [
      "#/paths/~1widgets~1{widget_id}/get/parameters/0",
      "#/paths/~1widgets~1{widget_id}/get/responses/200/headers/X-Trace",
      "#/components/schemas/Part",
      "#/components/schemas/Square",
      "#/components/schemas/Colour",
      "#/components/schemas/Widget/properties/size/x-evidence",
      "#/webhooks/widgetMoved/post/requestBody/content/application~1json/schema",
    ],
    says: "documented",
  },
  "evidence-designed-not-required": {
    pointers: [
      "#/paths/~1widgets/get/parameters/0/required",
      "#/components/schemas/Widget/required/1",
      "#/components/schemas/Part/required/0",
    ],
    says: "designed",
  },
  "evidence-designed-enum-open": {
    pointers: ["#/components/schemas/Widget/properties/state/enum", "#/components/schemas/Finish/enum"],
    says: "x-known-values",
  },
  "evidence-id-not-invented": {
    pointers: [
      "#/paths/~1widgets~1{widget_id}/get/parameters/0/schema",
      "#/components/schemas/Widget/properties/id",
      "#/components/schemas/Widget/properties/shelf_id",
      "#/components/schemas/Widget/properties/ownerId",
      "#/components/schemas/Widget/properties/job_id",
    ],
    says: "an id's form is only what the evidence shows",
  },
};

type Problem = { ruleId: string; message: string; location: { source: { ref: string }; pointer: string }[] };

function lintFixtures(): Promise<Problem[]> {
  const files = readdirSync(fixtures, { recursive: true, encoding: "utf8" }).filter((file) =>
    /[\\/](fires|quiet)\.yaml$/.test(file),
  );
  return new Promise((resolve, reject) => {
    execFile(
      redocly,
      ["lint", "--config", "redocly.yaml", "--format", "json", ...files],
      { cwd: fixtures, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // Exit code 1 only means that some fixture has errors. The JSON format prints one pretty-printed report per
        // file, each right after the previous one's closing brace: `}{`.
        try {
          const reports = stdout
            .split(/(?<=^\})(?=\{$)/m)
            .map((report) => JSON.parse(report) as { problems: Problem[] });
          if (reports.length !== files.length)
            throw new Error(`${reports.length} reports for ${files.length} files`);
          resolve(reports.flatMap((report) => report.problems));
        } catch (parseError) {
          reject(new Error(`redocly printed no JSON reports (${parseError}; ${error}): ${stderr}`));
        }
      },
    );
  });
}

let houseProblems: Problem[];
beforeAll(async () => {
  houseProblems = (await lintFixtures()).filter((problem) => problem.ruleId.startsWith("house/"));
});

const problemsIn = (rule: string, fixture: string) =>
  houseProblems.filter((problem) => problem.location[0]?.source.ref === `${rule}/${fixture}.yaml`);

const ruleIds = Object.keys(housePlugin().rules.oas3);

it("every house rule has fixtures and expectations", () => {
  expect(Object.keys(expected).sort()).toEqual([...ruleIds].sort());
  for (const rule of ruleIds)
    expect(readdirSync(`${fixtures}${rule}`).sort()).toEqual(["fires.yaml", "quiet.yaml"]);
});

describe.each(ruleIds)("house/%s", (rule) => {
  const { pointers, says } = expected[rule] ?? { pointers: [], says: "" };

  it("fires where the fixture breaks it, and nowhere else", () => {
    const problems = problemsIn(rule, "fires");
    expect(problems.map((problem) => problem.ruleId)).toEqual(pointers.map(() => `house/${rule}`));
    expect(problems.map((problem) => problem.location[0]?.pointer).sort()).toEqual([...pointers].sort());
    for (const problem of problems) expect(problem.message).toContain(says);
  });

  it("stays quiet on the fixed fixture", () => {
    expect(problemsIn(rule, "quiet")).toEqual([]);
  });
});
