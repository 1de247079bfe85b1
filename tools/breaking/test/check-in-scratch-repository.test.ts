import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createScratchRepository, type ScratchRepository } from "./support/scratch-repository.js";

const MARKET_PRICE = "specs/gordo/components/schemas/MarketPrice.yaml";
const MARKET_PRICE_EXAMPLE = "specs/gordo/components/examples/MarketPrice.yaml";

let scratch: ScratchRepository;
let released: string;
beforeAll(async () => {
  scratch = await createScratchRepository();
  released = await readFile(path.join(scratch.dir, MARKET_PRICE), "utf8");
});
afterAll(() => scratch?.remove());

const checkBreaking = () => scratch.run("pnpm", ["check:breaking"]);
const changeset = (name: string, bump: string) =>
  writeFile(
    path.join(scratch.dir, ".changeset", `${name}.md`),
    `---\n"@tradespec/gordo": ${bump}\n---\n\nTest change.\n`,
  );

/** @param edit changes the Gordo MarketPrice schema, the answer of GET /market/price */
// biome-ignore lint/suspicious/noExplicitAny: the test edits a parsed YAML document freely
async function editMarketPrice(edit: (schema: Record<string, any>) => void) {
  const schema = parse(released);
  edit(schema);
  await writeFile(path.join(scratch.dir, MARKET_PRICE), stringify(schema));
}

describe("pnpm check:breaking in a scratch copy of the repository", () => {
  it("passes on the repository as it is", async () => {
    const { code, output } = await checkBreaking();
    expect(output).toMatch(/ok {3}@tradespec\/gordo/);
    expect(code, output).toBe(0);
  });

  it("fails when `price` leaves the Gordo market price answer, naming the operation and the package; a major changeset lets it pass", async () => {
    await editMarketPrice((schema) => {
      delete schema.properties.price;
      schema.required = schema.required.filter((name: string) => name !== "price");
    });
    const examplePath = path.join(scratch.dir, MARKET_PRICE_EXAMPLE);
    const releasedExample = await readFile(examplePath, "utf8");
    const example = parse(releasedExample);
    delete example.value.price;
    await writeFile(examplePath, stringify(example));
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
    await rm(path.join(scratch.dir, ".changeset", "gordo-price-removed.md"));
    await writeFile(examplePath, releasedExample);
  });

  it("an optional response property needs a minor changeset, and passes with one", async () => {
    await editMarketPrice((schema) => {
      schema.properties.volume_24h = { type: "number", description: "Traded volume over the last 24 hours." };
    });
    // The pending first release is itself a minor changeset: without it, the addition is unannounced.
    const firstRelease = path.join(scratch.dir, ".changeset", "gordo-typed-client.md");
    const pending = await readFile(firstRelease, "utf8");
    await rm(firstRelease);
    const failing = await checkBreaking();
    expect(failing.code, failing.output).not.toBe(0);
    expect(failing.output).toMatch(
      /GET \/market\/price: response 200 application\/json: `volume_24h` added .*needs a minor release of @tradespec\/gordo/,
    );

    await writeFile(firstRelease, pending);
    const passing = await checkBreaking();
    expect(passing.code, passing.output).toBe(0);
    expect(passing.output).toMatch(/ok {3}@tradespec\/gordo .*0 breaking, 1 additive/);
  });
});
