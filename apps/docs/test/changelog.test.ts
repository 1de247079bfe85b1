import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readChangelog, renderChangelog } from "../src/build/changelog.js";

let root: string;
const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "docs-changelog-"));
  await write(
    ".changeset/gordo-price.md",
    '---\n"@tradespec/gordo": major\n---\n\nThe price moves to `last`.\n',
  );
  await write(
    "tools/breaking/dist/changes.json",
    JSON.stringify([
      {
        title: "Gordo Trader API",
        packageName: "@tradespec/gordo",
        changelog: [
          {
            heading: "Breaking API changes",
            items: ["`GET /market/price`: response 200 application/json: `price` removed"],
          },
        ],
      },
      { title: "Gunbot REST API", packageName: "@tradespec/gunbot", changelog: [] },
    ]),
  );
  await write(
    "packages/gordo/CHANGELOG.md",
    [
      "# @tradespec/gordo",
      "",
      "## 0.2.0",
      "",
      "### Minor Changes",
      "",
      "- 1a2b3c4: First release.",
      "",
      "### Additive API changes",
      "",
      "- `GET /market/price`: response 200 application/json: `volume_24h` added (what the client receives)",
      "",
    ].join("\n"),
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the changelog", () => {
  it("lists each API's classified changes, pending ones under Unreleased and released ones under their release", async () => {
    const sections = await readChangelog(root);
    expect(sections.map((section) => section.title)).toEqual(["Unreleased", "@tradespec/gordo 0.2.0"]);
    expect(sections[0]?.groups).toEqual([
      { heading: "@tradespec/gordo (major)", items: ["The price moves to `last`."] },
      {
        heading: "Gordo Trader API (@tradespec/gordo): Breaking API changes",
        items: ["`GET /market/price`: response 200 application/json: `price` removed"],
      },
    ]);
    expect(sections[1]?.groups.map((group) => group.heading)).toEqual([
      "Minor Changes",
      "Additive API changes",
    ]);
    const html = renderChangelog(sections);
    expect(html).toContain("<h4>Gordo Trader API (@tradespec/gordo): Breaking API changes</h4>");
    expect(html).toContain(
      "<code>GET /market/price</code>: response 200 application/json: <code>price</code> removed",
    );
  });
});
