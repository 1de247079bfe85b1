import { listOperations } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

const requirementOf = (operation: Record<string, unknown>) => operation.security ?? gunbot.security;

describe("security", () => {
  it("defines BearerAuth as a JWT bearer token", () => {
    expect(gunbot.components.securitySchemes.BearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
  });

  it("lets POST /auth/login through without a token", () => {
    expect(gunbot.paths["/auth/login"].post.security).toEqual([]);
  });

  it("requires the bearer token on every other operation", () => {
    for (const { method, path, operation } of listOperations(gunbot)) {
      if (path === "/auth/login") continue;
      expect(requirementOf(operation), `${method.toUpperCase()} ${path}`).toEqual([{ BearerAuth: [] }]);
    }
  });

  it("declares 401 and 500 on every operation, and 401 is shared", () => {
    for (const { method, path, operation } of listOperations(gunbot)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.responses, where).toHaveProperty("500");
      if (path !== "/auth/login") {
        expect(operation.responses["401"], where).toEqual({ $ref: "#/components/responses/Unauthorized" });
      }
    }
  });
});
