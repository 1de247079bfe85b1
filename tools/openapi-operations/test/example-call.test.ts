import { describe, expect, it } from "vitest";
import { exampleCall, listOperations, type Operation } from "../src/index.js";

const description = {
  openapi: "3.1.0",
  paths: {
    "/orders/{order_id}/fills": {
      post: {
        parameters: [
          { name: "order_id", in: "path", required: true, schema: { type: "string", example: "ord 1/a" } },
          { name: "symbol", in: "query", required: true, schema: { type: "string", enum: ["BTC", "ETH"] } },
          { name: "keys[]", in: "query", example: ["a", "b"], schema: { type: "array" } },
          { name: "limit", in: "query", schema: { type: "integer", default: 50 } },
          { name: "X-Request-Id", in: "header", required: true, schema: { type: "string", example: "r-1" } },
          { name: "X-Trace", in: "header", schema: { type: "string", example: "t" } },
        ],
        requestBody: {
          content: {
            "text/plain": { example: "no" },
            "application/json": { examples: { first: { value: { size: 2 } } } },
          },
        },
        responses: {},
      },
    },
    "/status": { get: { parameters: [{ name: "id", in: "path", schema: {} }], responses: {} } },
  },
};

describe("exampleCall", () => {
  const [fills, status] = listOperations(description) as [Operation, Operation];

  it("fills the path, sends required and own-example query parameters, required headers and the JSON body", () => {
    expect(exampleCall(description, fills)).toEqual({
      method: "POST",
      path: "/orders/ord%201%2Fa/fills?symbol=BTC&keys%5B%5D=a&keys%5B%5D=b",
      headers: { "X-Request-Id": "r-1" },
      body: { mediaType: "application/json", value: { size: 2 } },
    });
  });

  it("names the operation and the parameter that has no sample", () => {
    expect(() => exampleCall(description, status)).toThrow(
      'GET /status: path parameter "id" has no sample value',
    );
  });
});
