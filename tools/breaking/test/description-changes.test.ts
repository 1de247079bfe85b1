import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { describeChanges } from "../src/description-changes.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit a parsed YAML document freely
type Document = Record<string, any>;

let dir: string;
let base: Document;
const baseFile = () => path.join(dir, "base.json");

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "breaking-fixtures-"));
  base = parse(await readFile(new URL("fixtures/trading.yaml", import.meta.url), "utf8"));
  await writeFile(baseFile(), JSON.stringify(base));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The fixture description with one edit, compared with the fixture itself. */
async function changesAfter(edit: (document: Document) => void) {
  const document = structuredClone(base);
  edit(document);
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(document));
  return (await describeChanges(baseFile(), file)).map(
    ({ class: changeClass, operation, direction, message }) => ({
      class: changeClass,
      operation,
      direction,
      message,
    }),
  );
}

describe("a change a client cannot absorb is breaking", () => {
  it("a removed operation", async () => {
    const changes = await changesAfter((document) => {
      delete document.paths["/orders/{order_id}"];
    });
    expect(changes).toEqual([
      {
        class: "breaking",
        operation: "DELETE /orders/{order_id}",
        direction: undefined,
        message: "operation removed",
      },
    ]);
  });

  it("a request property made required", async () => {
    const changes = await changesAfter((document) => {
      document.paths["/orders"].post.requestBody.content["application/json"].schema.required.push("note");
    });
    expect(changes).toEqual([
      {
        class: "breaking",
        operation: "POST /orders",
        direction: "sends",
        message: "request body application/json: `note` now required",
      },
    ]);
  });

  it("a removed response property, once, though the schema's required list lost it too", async () => {
    const changes = await changesAfter((document) => {
      const price = document.components.schemas.MarketPrice;
      delete price.properties.price;
      price.required = ["coin"];
    });
    expect(changes).toEqual([
      {
        class: "breaking",
        operation: "GET /market/price",
        direction: "receives",
        message: "response 200 application/json: `price` removed",
      },
    ]);
  });

  it("an enum narrowed in a response, and in a webhook payload the client receives", async () => {
    const changes = await changesAfter((document) => {
      document.components.schemas.Order.properties.status.enum = ["open", "filled"];
    });
    expect(changes.map((change) => [change.class, change.operation, change.direction])).toEqual(
      expect.arrayContaining([
        ["breaking", "POST /orders", "receives"],
        ["breaking", "DELETE /orders/{order_id}", "receives"],
        ["breaking", "webhook order.filled", "receives"],
      ]),
    );
    expect(changes[0]?.message).toContain('enum value "cancelled" removed');
  });

  it("a response property no longer guaranteed", async () => {
    const changes = await changesAfter((document) => {
      document.components.schemas.MarketPrice.required = ["coin"];
    });
    expect(changes).toEqual([
      expect.objectContaining({
        class: "breaking",
        message: "response 200 application/json: `price` no longer required",
      }),
    ]);
  });

  it("a new enum value in a response, a request enum narrowed, a type changed, a new required parameter", async () => {
    const changes = await changesAfter((document) => {
      document.components.schemas.Order.properties.status.enum.push("expired");
      document.components.schemas.Side.enum = ["buy"];
      document.components.schemas.MarketPrice.properties.price.type = "string";
      document.paths["/market/price"].get.parameters.push({
        name: "venue",
        in: "query",
        required: true,
        schema: { type: "string" },
      });
    });
    expect(changes.filter((change) => change.class !== "breaking")).toEqual([]);
    expect(changes.map((change) => change.message)).toEqual(
      expect.arrayContaining([
        'response 201 application/json: `status`: enum "expired" added',
        'request body application/json: `side`: enum value "sell" removed',
        'response 200 application/json: `price`: type changed from "number" to "string"',
        "new required query parameter `venue`",
      ]),
    );
  });

  it("a server or security requirement changed", async () => {
    const changes = await changesAfter((document) => {
      document.servers[0].url = "https://api.example.com/v2";
      document.components.securitySchemes.apiKey.name = "Authorization";
    });
    expect(changes.map((change) => [change.class, change.operation])).toEqual([
      ["breaking", "security"],
      ["breaking", "servers"],
    ]);
  });
});

describe("a change every client absorbs is additive", () => {
  it("an optional response property, an optional request property and parameter", async () => {
    const changes = await changesAfter((document) => {
      document.components.schemas.MarketPrice.properties.volume_24h = { type: "number" };
      document.paths["/orders"].post.requestBody.content["application/json"].schema.properties.tag = {
        type: "string",
      };
      document.paths["/market/price"].get.parameters.push({
        name: "venue",
        in: "query",
        schema: { type: "string" },
      });
    });
    expect(changes).toEqual([
      {
        class: "additive",
        operation: "GET /market/price",
        direction: "sends",
        message: "new optional query parameter `venue`",
      },
      {
        class: "additive",
        operation: "GET /market/price",
        direction: "receives",
        message: "response 200 application/json: `volume_24h` added",
      },
      {
        class: "additive",
        operation: "POST /orders",
        direction: "sends",
        message: "request body application/json: `tag` added",
      },
    ]);
  });

  it("a new operation, a new enum value in a request, a request constraint relaxed", async () => {
    const changes = await changesAfter((document) => {
      document.paths["/orders"].get = {
        operationId: "listOrders",
        responses: { "200": { description: "Orders." } },
      };
      document.components.schemas.Side.enum.push("short");
      delete document.paths["/orders"].post.requestBody.content["application/json"].schema.properties.size
        .minimum;
    });
    expect(changes.map((change) => [change.class, change.operation, change.message])).toEqual([
      ["additive", "GET /orders", "new operation"],
      ["additive", "POST /orders", 'request body application/json: `side`: enum "short" added'],
      ["additive", "POST /orders", "request body application/json: `size`: minimum 0 -> none"],
    ]);
  });
});

describe("a change only readers see is docs-only", () => {
  it("a description, a summary and a property's description edited", async () => {
    const changes = await changesAfter((document) => {
      document.paths["/market/price"].get.description = "The last traded price of a coin.";
      document.paths["/market/price"].get.summary = "Get the last price";
      document.components.schemas.MarketPrice.properties.price.description = "In USD.";
      document.components.schemas.MarketPrice.properties.price["x-evidence"] = "documented";
    });
    expect(changes.length).toBeGreaterThan(0);
    expect(
      changes.every((change) => change.class === "docs-only" && change.operation === "GET /market/price"),
    ).toBe(true);
  });

  it("a property named like a keyword is still a property", async () => {
    const changes = await changesAfter((document) => {
      document.components.schemas.MarketPrice.properties.description = { type: "string" };
    });
    expect(changes).toEqual([
      expect.objectContaining({
        class: "additive",
        message: "response 200 application/json: `description` added",
      }),
    ]);
  });

  it("no change at all", async () => {
    expect(await changesAfter(() => {})).toEqual([]);
  });
});
