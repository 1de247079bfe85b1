import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeTypeChanges } from "../src/type-changes.js";

/** The shape openapi-typescript emits, cut down to one operation, plus a hand-written helper. */
const RELEASED = `
interface paths {
    "/market/price": {
        get: operations["getMarketPrice"];
        post?: never;
    };
}
interface operations {
    getMarketPrice: {
        parameters: { query: { coin: "BTC" | "ETH" }; path?: never };
        requestBody?: never;
        responses: {
            200: { content: { "application/json": components["schemas"]["MarketPrice"] } };
        };
    };
}
interface components {
    schemas: {
        /** @description The price. */
        MarketPrice: { coin: string; price: number; side: "buy" | "sell" };
    };
}
type GordoTier = "free" | "pro";
declare function gordoRateLimiter(tier: GordoTier): { perMinute: number };
export { type components, type operations, type paths, type GordoTier, gordoRateLimiter };
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "breaking-types-"));
  await mkdir(path.join(dir, "dist"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function typeChangesAfter(edit: (text: string) => string) {
  const current = path.join(dir, "dist", "index.d.ts");
  const edited = edit(RELEASED);
  expect(edited, "the edit applies to the released declarations").not.toBe(RELEASED);
  await writeFile(current, edited);
  return describeTypeChanges({ released: RELEASED, current, packageDir: dir }).map(
    ({ class: changeClass, operation, message }) => [changeClass, operation, message],
  );
}

describe("the client's declarations, compared with TypeScript's assignability", () => {
  it("a response property removed no longer fits what callers read", async () => {
    expect(await typeChangesAfter((text) => text.replace("price: number; ", ""))).toEqual([
      ["breaking", "GET /market/price", "type surface: response 200 no longer fits the released type"],
    ]);
  });

  it("a response property made optional no longer fits either", async () => {
    expect(await typeChangesAfter((text) => text.replace("price: number", "price?: number"))).toEqual([
      ["breaking", "GET /market/price", "type surface: response 200 no longer fits the released type"],
    ]);
  });

  it("a query parameter narrowed no longer accepts what callers send", async () => {
    expect(await typeChangesAfter((text) => text.replace('coin: "BTC" | "ETH"', 'coin: "BTC"'))).toEqual([
      ["breaking", "GET /market/price", "type surface: parameters no longer accepts every released value"],
    ]);
  });

  it("an exported type removed, a hand-written type narrowed, a function narrowed", async () => {
    const changes = await typeChangesAfter((text) =>
      text
        .replace('type GordoTier = "free" | "pro";', 'type GordoTier = "free";')
        .replace("type components, ", ""),
    );
    expect(changes).toEqual([
      ["breaking", "export `components`", "type surface: export `components` removed"],
      [
        "breaking",
        "export `GordoTier`",
        "type surface: type `GordoTier` no longer accepts every released value",
      ],
      [
        "breaking",
        "export `gordoRateLimiter`",
        "type surface: `gordoRateLimiter` no longer fits the released signature",
      ],
    ]);
  });

  it("an operation removed from paths, a schema removed from components", async () => {
    const changes = await typeChangesAfter((text) =>
      text
        .replace('get: operations["getMarketPrice"];', "get?: never;")
        .replace(
          'MarketPrice: { coin: string; price: number; side: "buy" | "sell" };',
          'Price: { coin: string; price: number; side: "buy" | "sell" };',
        )
        .replace('components["schemas"]["MarketPrice"]', 'components["schemas"]["Price"]'),
    );
    expect(changes).toEqual([
      ["breaking", "export `components`", 'type surface: components["schemas"]["MarketPrice"] removed'],
      ["additive", "export `components`", 'type surface: new components["schemas"]["Price"]'],
      ["breaking", "GET /market/price", "type surface: `paths` lost GET /market/price"],
    ]);
  });

  it("an optional response property, a wider parameter, a new export and a JSDoc edit break nothing", async () => {
    const changes = await typeChangesAfter((text) =>
      text
        .replace("price: number; ", "price: number; volume_24h?: number; ")
        .replace('coin: "BTC" | "ETH"', 'coin: "BTC" | "ETH" | "SOL"')
        .replace("@description The price.", "@description The last traded price.")
        .replace("export {", "declare const GORDO_BASE_URL: string;\nexport { GORDO_BASE_URL, "),
    );
    expect(changes).toEqual([
      ["additive", "export `GORDO_BASE_URL`", "type surface: new export `GORDO_BASE_URL`"],
    ]);
  });
});
