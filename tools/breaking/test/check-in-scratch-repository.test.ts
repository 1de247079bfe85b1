import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createScratchRepository, type ScratchRepository } from "./support/scratch-repository.js";

const MARKET_PRICE = "specs/gordo/components/schemas/MarketPrice.yaml";
const MARKET_PRICE_EXAMPLE = "specs/gordo/components/examples/MarketPrice.yaml";

let scratch: ScratchRepository;
const file = (name: string) => path.join(scratch.dir, name);
beforeAll(async () => {
  scratch = await createScratchRepository();
});
afterAll(() => scratch?.remove());

const checkBreaking = () => scratch.run("pnpm", ["check:breaking"]);
const changeset = (name: string, bump: string) =>
  writeFile(file(`.changeset/${name}.md`), `---\n"@tradespec/gordo": ${bump}\n---\n\nTest change.\n`);

/**
 * Edits a YAML file of the scratch copy, and returns a function that puts it back.
 * @param edit changes the parsed document in place
 */
// biome-ignore lint/suspicious/noExplicitAny: the test edits a parsed YAML document freely
async function editYaml(name: string, edit: (document: Record<string, any>) => void) {
  const original = await readFile(file(name), "utf8");
  const document = parse(original);
  edit(document);
  await writeFile(file(name), stringify(document));
  return () => writeFile(file(name), original);
}

describe("pnpm check:breaking in a scratch copy of the repository", () => {
  it("after the release step, passes with no changesets pending", async () => {
    const release = await scratch.run("pnpm", ["run", "version-packages"]);
    expect(release.code, release.output).toBe(0);
    expect(release.output).toContain("New baselines: @tradespec/gordo");
    const pending = (await readdir(file(".changeset"))).filter(
      (name) => name.endsWith(".md") && name !== "README.md",
    );
    expect(pending).toEqual([]);
    const { code, output } = await checkBreaking();
    expect(output).toMatch(/ok {3}@tradespec\/gordo .*: 0 breaking, 0 additive, 0 docs-only; needs none/);
    expect(code, output).toBe(0);
  });

  it("fails when `price` leaves the Gordo market price answer, naming the operation and the package; a major changeset lets it pass", async () => {
    const restoreSchema = await editYaml(MARKET_PRICE, (schema) => {
      delete schema.properties.price;
      schema.required = schema.required.filter((name: string) => name !== "price");
    });
    const restoreExample = await editYaml(MARKET_PRICE_EXAMPLE, (example) => {
      delete example.value.price;
    });
    const failing = await checkBreaking();
    expect(failing.code, failing.output).not.toBe(0);
    expect(failing.output).toContain("FAIL @tradespec/gordo");
    expect(failing.output).toMatch(
      /GET \/market\/price: response 200 application\/json: `price` removed .*needs a major release of @tradespec\/gordo/,
    );
    expect(failing.output).toContain('"@tradespec/gordo": major');

    await changeset("gordo-price-removed", "major");
    const passing = await checkBreaking();
    expect(passing.code, passing.output).toBe(0);
    await rm(file(".changeset/gordo-price-removed.md"));
    await restoreSchema();
    await restoreExample();
  });

  it("an optional response property needs a minor changeset, and passes with one", async () => {
    await editYaml(MARKET_PRICE, (schema) => {
      schema.properties.volume_24h = { type: "number", description: "Traded volume over the last 24 hours." };
    });
    const failing = await checkBreaking();
    expect(failing.code, failing.output).not.toBe(0);
    expect(failing.output).toMatch(
      /GET \/market\/price: response 200 application\/json: `volume_24h` added .*needs a minor release of @tradespec\/gordo/,
    );

    await changeset("gordo-volume", "minor");
    const passing = await checkBreaking();
    expect(passing.code, passing.output).toBe(0);
    expect(passing.output).toMatch(/ok {3}@tradespec\/gordo .*: 0 breaking, 1 additive/);
  });
});
