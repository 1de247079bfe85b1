import { describe, expect, it } from "vitest";
import { escapePointer, followRefs, nodeAt, resolveRef } from "../src/index.js";

const description = {
  paths: {
    "/positions/{position_id}": {
      get: { responses: { "404": { $ref: "#/components/responses/NotFound" } } },
    },
  },
  components: {
    responses: { NotFound: { $ref: "#/components/responses/Error" }, Error: { description: "An error" } },
    schemas: { "a/b~c": { type: "string" }, Loop: { $ref: "#/components/schemas/Loop" } },
  },
};

describe("nodeAt", () => {
  it("reads escaped segments and the document itself", () => {
    expect(nodeAt(description, `#/components/schemas/${escapePointer("a/b~c")}`)).toEqual({ type: "string" });
    expect(escapePointer("a/b~c")).toBe("a~1b~0c");
    expect(nodeAt(description, "#")).toBe(description);
  });

  it("gives undefined for a missing node or a pointer that is not local", () => {
    expect(nodeAt(description, "#/components/nothing/here")).toBeUndefined();
    expect(nodeAt(description, "other.yaml#/components")).toBeUndefined();
  });
});

describe("followRefs and resolveRef", () => {
  it("follow a chain of references to the value and say where it lives", () => {
    const notFound = description.paths["/positions/{position_id}"].get.responses["404"];

    expect(followRefs(description, notFound, "#/paths/~1positions~1{position_id}/get/responses/404")).toEqual(
      {
        node: { description: "An error" },
        pointer: "#/components/responses/Error",
      },
    );
    expect(resolveRef(description, notFound)).toEqual({ description: "An error" });
  });

  it("give back a value without a reference, and anything that is not an object, as it is", () => {
    expect(resolveRef(description, description.components.schemas["a/b~c"])).toBe(
      description.components.schemas["a/b~c"],
    );
    expect(resolveRef(description, undefined)).toBeUndefined();
    expect(followRefs(description, 42, "#/x")).toEqual({ node: 42, pointer: "#/x" });
  });

  it("name the reference and where it was met when it cannot be followed", () => {
    expect(() => resolveRef(description, { $ref: "common.yaml#/Error" })).toThrow(
      'Cannot follow $ref "common.yaml#/Error": only local references are supported.',
    );
    expect(() => followRefs(description, { $ref: "#/components/schemas/Gone" }, "#/paths/x")).toThrow(
      'Cannot follow $ref "#/components/schemas/Gone" (at #/paths/x): nothing is at that location.',
    );
    expect(() => resolveRef(description, description.components.schemas.Loop)).toThrow(
      'Cannot follow $ref "#/components/schemas/Loop" (at #/components/schemas/Loop): the references form a cycle.',
    );
  });
});
