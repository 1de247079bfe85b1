import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Change } from "../src/classify-diff.js";
import { advanceBaselines } from "../src/release.js";

let root: string;
const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
};
const read = (file: string) => readFile(path.join(root, file), "utf8");

const change = (changeClass: Change["class"], message: string): Change => ({
  class: changeClass,
  operation: "GET /market/price",
  direction: "receives",
  message,
  pointer: "/paths/~1market~1price/get",
  source: "description",
});

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "breaking-release-"));
  for (const [api, version] of [
    ["gordo", "1.0.0"],
    ["gunbot", "0.1.0"],
  ] as const) {
    await write(`packages/${api}/package.json`, JSON.stringify({ name: `@tradespec/${api}`, version }));
    await write(`specs/${api}/dist/openapi.json`, `{"openapi":"3.1.0","info":{"title":"${api} now"}}`);
    await write(`packages/${api}/dist/index.d.ts`, `export type Now = "${api}";\n`);
    await write(`tools/breaking/baselines/${api}/openapi.json`, "{}");
    await write(`tools/breaking/baselines/${api}/index.d.ts`, "export {};\n");
    await write(
      `tools/breaking/baselines/${api}/release.json`,
      JSON.stringify({ package: `@tradespec/${api}`, version: "0.1.0" }),
    );
  }
  // What `changeset version` wrote for the major release.
  await write(
    "packages/gordo/CHANGELOG.md",
    "# @tradespec/gordo\n\n## 1.0.0\n\n### Major Changes\n\n- 1a2b3c4: The price moves.\n\n## 0.1.0\n\n- First.\n",
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the release step", () => {
  it("writes the released client's classified changes under its new version and advances only its baseline", async () => {
    const released = await advanceBaselines(
      [
        {
          api: "gordo",
          title: "Gordo Trader API",
          packageName: "@tradespec/gordo",
          releasedVersion: "0.1.0",
          changes: [
            change("breaking", "response 200 application/json: `price` removed"),
            change("additive", "response 200 application/json: `last` added"),
            change("docs-only", "description changed"),
          ],
        },
      ],
      { root },
    );
    expect(released).toEqual(["@tradespec/gordo 1.0.0"]);
    expect(await read("packages/gordo/CHANGELOG.md")).toBe(
      [
        "# @tradespec/gordo",
        "",
        "## 1.0.0",
        "",
        "### Major Changes",
        "",
        "- 1a2b3c4: The price moves.",
        "",
        "### Breaking API changes",
        "",
        "- `GET /market/price`: response 200 application/json: `price` removed (what the client receives)",
        "",
        "### Additive API changes",
        "",
        "- `GET /market/price`: response 200 application/json: `last` added (what the client receives)",
        "",
        "### Documentation-only API changes",
        "",
        "- 1 edit to descriptions, summaries and examples, in 1 place",
        "",
        "## 0.1.0",
        "",
        "- First.",
        "",
      ].join("\n"),
    );
    expect(await read("tools/breaking/baselines/gordo/openapi.json")).toContain("gordo now");
    expect(await read("tools/breaking/baselines/gordo/index.d.ts")).toContain('"gordo"');
    expect(JSON.parse(await read("tools/breaking/baselines/gordo/release.json"))).toEqual({
      package: "@tradespec/gordo",
      version: "1.0.0",
    });
    expect(await read("tools/breaking/baselines/gunbot/openapi.json")).toBe("{}");
  });
});
