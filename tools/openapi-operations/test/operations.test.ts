import { describe, expect, it } from "vitest";
import { basePath, listOperations, sampleOf, schemaSample, serverUrl } from "../src/index.js";

const description = {
  openapi: "3.1.0",
  servers: [{ url: "https://api.example.com/v1/" }],
  security: [{ ApiKey: [] }],
  paths: {
    "/orders/{order_id}": {
      parameters: [
        { $ref: "#/components/parameters/OrderId" },
        { name: "verbose", in: "query", schema: { type: "boolean" } },
        {
          name: "format",
          in: "query",
          schema: { type: "string" },
          "x-selects-media-type": { json: "application/json", csv: "text/csv" },
        },
      ],
      get: {
        operationId: "getOrder",
        "x-read-only": true,
        parameters: [{ name: "verbose", in: "query", required: true, schema: { type: "string" } }],
        responses: { "200": { $ref: "#/components/responses/Order" } },
      },
      delete: { security: [{}, { ApiKey: [] }], "x-read-only": "no", responses: {} },
    },
    "/status": { $ref: "#/components/pathItems/Status" },
  },
  webhooks: { "order.filled": { post: { requestBody: { content: {} } } } },
  components: {
    parameters: { OrderId: { name: "order_id", in: "path", required: true, schema: { type: "integer" } } },
    responses: { Order: { description: "The order" } },
    pathItems: { Status: { get: { security: [], responses: {} } } },
  },
};

describe("listOperations", () => {
  const [getOrder, deleteOrder, status] = listOperations(description);

  it("lists every operation in document order, path items behind a $ref included", () => {
    expect(listOperations(description).map((operation) => operation.id)).toEqual([
      "GET /orders/{order_id}",
      "DELETE /orders/{order_id}",
      "GET /status",
    ]);
    expect(status?.pointer).toBe("#/components/pathItems/Status/get");
    expect(listOperations(description, "webhooks").map((operation) => operation.id)).toEqual([
      "POST order.filled",
    ]);
  });

  it("overlays the path item's parameters with the operation's own and follows their $refs", () => {
    expect(
      getOrder?.parameters.map(({ name, in: where, required, pointer }) => ({
        name,
        where,
        required,
        pointer,
      })),
    ).toEqual([
      { name: "order_id", where: "path", required: true, pointer: "#/components/parameters/OrderId" },
      {
        name: "verbose",
        where: "query",
        required: true,
        pointer: "#/paths/~1orders~1{order_id}/get/parameters/0",
      },
      {
        name: "format",
        where: "query",
        required: false,
        pointer: "#/paths/~1orders~1{order_id}/parameters/2",
      },
    ]);
    expect(getOrder?.parameters.map((parameter) => parameter.selectsMediaType)).toEqual([
      undefined,
      undefined,
      { json: "application/json", csv: "text/csv" },
    ]);
    expect(getOrder?.parameters[0]?.schema).toEqual({
      node: { type: "integer" },
      pointer: "#/components/parameters/OrderId/schema",
    });
    expect(getOrder?.responses.node["200"]).toEqual({ $ref: "#/components/responses/Order" });
  });

  it("reads the effective security and x-read-only", () => {
    expect([getOrder?.requiresAuth, deleteOrder?.requiresAuth, status?.requiresAuth]).toEqual([
      true,
      false,
      false,
    ]);
    expect([getOrder?.readOnly, deleteOrder?.readOnly, status?.readOnly]).toEqual([
      true,
      undefined,
      undefined,
    ]);
    expect([getOrder?.operationId, deleteOrder?.operationId]).toEqual(["getOrder", undefined]);
  });
});

describe("sampleOf", () => {
  const at = (node: Record<string, unknown>) => ({ node, pointer: "#/p" });

  it("prefers the holder's example, then its first named example, then the schema's", () => {
    const schema = { examples: ["schema"], default: "default" };
    expect(
      sampleOf(description, at({ example: "own", examples: { a: { value: "named" } }, schema })),
    ).toEqual({
      value: "own",
      from: "#/p/example",
    });
    expect(sampleOf(description, at({ examples: { first: { value: "named" } }, schema }))).toEqual({
      value: "named",
      from: "#/p/examples/first/value",
    });
    expect(sampleOf(description, at({ schema }))).toEqual({ value: "schema", from: "#/p/schema/examples/0" });
  });

  it("follows a named example's $ref and says where the value lives", () => {
    const document = { components: { examples: { Buy: { value: { side: "buy" } } } } };
    expect(sampleOf(document, at({ examples: { buy: { $ref: "#/components/examples/Buy" } } }))).toEqual({
      value: { side: "buy" },
      from: "#/components/examples/Buy/value",
    });
  });

  it("gives undefined when neither the holder nor its schema has a value", () => {
    expect(sampleOf(description, at({ schema: { type: "string" } }))).toBeUndefined();
    expect(sampleOf(description, at({}))).toBeUndefined();
  });
});

describe("schemaSample", () => {
  const sample = (node: Record<string, unknown>) => schemaSample({ node, pointer: "#/s" })?.value;

  it("takes examples, example, const, default, then the first enum member", () => {
    const full = { examples: [1], example: 2, const: 3, default: 4, enum: [5] };
    expect(sample(full)).toBe(1);
    expect(sample({ ...full, examples: [] })).toBe(2);
    expect(sample({ const: 3, default: 4, enum: [5] })).toBe(3);
    expect(sample({ default: 4, enum: [5] })).toBe(4);
    expect(sample({ enum: [5, 6] })).toBe(5);
  });

  it("keeps falsy values the schema gives", () => {
    expect(sample({ default: false })).toBe(false);
    expect(sample({ default: 0 })).toBe(0);
    expect(sample({ example: null, default: 1 })).toBe(null);
  });
});

describe("servers", () => {
  const gunbot = {
    servers: [
      {
        url: "{protocol}://{host}:{port}/api/v1",
        variables: {
          protocol: { default: "http" },
          host: { default: "localhost" },
          port: { default: "3000" },
        },
      },
    ],
  };

  it("fills in variable defaults and drops a trailing slash", () => {
    expect(serverUrl(description)).toBe("https://api.example.com/v1");
    expect(serverUrl(gunbot)).toBe("http://localhost:3000/api/v1");
  });

  it("gives the base path every operation lives under", () => {
    expect(basePath(description)).toBe("/v1");
    expect(basePath(gunbot)).toBe("/api/v1");
    expect(basePath({ servers: [{ url: "https://example.com" }] })).toBe("");
    expect(basePath({ servers: [{ url: "/relative/" }] })).toBe("/relative");
  });

  it("names what is missing", () => {
    expect(() => serverUrl({})).toThrow("names no server");
    expect(() => serverUrl({ servers: [{ url: "https://{region}.example.com" }] })).toThrow(
      'Server variable "region" of https://{region}.example.com has no default.',
    );
  });
});
