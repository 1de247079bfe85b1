import { describe, expect, it } from "vitest";
import type { Change } from "../src/classify-diff.js";
import { formatVerdicts, judge, suggestedChangeset } from "../src/verdict.js";

const priceRemoved: Change = {
  class: "breaking",
  operation: "GET /market/price",
  direction: "receives",
  message: "response 200 application/json: `price` removed",
  pointer: "/paths/~1market~1price/get/responses/200/content/application~1json/schema/properties/price",
  source: "description",
};
const volumeAdded: Change = {
  ...priceRemoved,
  class: "additive",
  message: "response 200 application/json: `volume_24h` added",
};
const reworded: Change = { ...priceRemoved, class: "docs-only", message: "description changed" };

const gordo = (changes: Change[]) => ({
  api: "gordo",
  title: "Gordo Trader API",
  packageName: "@tradespec/gordo",
  releasedVersion: "0.1.0",
  changes,
});
const changeset = (id: string, type: string, name = "@tradespec/gordo") => ({
  id,
  summary: "",
  releases: [{ name, type }],
});

describe("the bump the changes need, against the pending changesets", () => {
  it("breaking needs major, additive minor, docs-only none", () => {
    const [breaking, additive, docsOnly] = judge(
      [gordo([priceRemoved, volumeAdded]), gordo([volumeAdded, reworded]), gordo([reworded])],
      [],
    );
    expect([breaking?.needed, additive?.needed, docsOnly?.needed]).toEqual(["major", "minor", "none"]);
    expect([breaking?.ok, additive?.ok, docsOnly?.ok]).toEqual([false, false, true]);
  });

  it("a minor changeset does not cover a breaking change; a major one for the package does", () => {
    expect(judge([gordo([priceRemoved])], [changeset("first-release", "minor")])[0]?.ok).toBe(false);
    expect(judge([gordo([priceRemoved])], [changeset("other", "major", "@tradespec/gunbot")])[0]?.ok).toBe(
      false,
    );
    const [verdict] = judge(
      [gordo([priceRemoved])],
      [changeset("first-release", "minor"), changeset("price", "major")],
    );
    expect(verdict).toMatchObject({ ok: true, given: "major", changesets: ["first-release", "price"] });
  });

  it("says which change, on which operation, needs which bump in which package, and the changeset to add", () => {
    const output = formatVerdicts(
      judge([gordo([priceRemoved, volumeAdded])], [changeset("first-release", "minor")]),
    );
    expect(output).toContain("FAIL @tradespec/gordo");
    expect(output).toContain(
      "[breaking] GET /market/price: response 200 application/json: `price` removed (the client receives) needs a major release of @tradespec/gordo",
    );
    expect(output).toContain("Add .changeset/gordo-breaking-since-0-1-0.md");
    expect(output).toContain('     "@tradespec/gordo": major');
    expect(suggestedChangeset(gordo([priceRemoved]), "major")).toBe(
      [
        "---",
        '"@tradespec/gordo": major',
        "---",
        "",
        "Breaking changes to the Gordo Trader API since 0.1.0:",
        "",
        "- GET /market/price: response 200 application/json: `price` removed",
        "",
      ].join("\n"),
    );
  });
});
