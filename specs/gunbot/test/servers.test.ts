import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

describe("servers", () => {
  it("address an instance by protocol, host and GUI port, under /api/v1", () => {
    const [server] = gunbot.servers;
    expect(server.url).toBe("{protocol}://{host}:{port}/api/v1");
    expect(server.variables.protocol.enum).toEqual(["http", "https"]);
    expect(server.variables.port.default).toBe("3000");
  });

  it("keep paths relative to the base URL", () => {
    expect(Object.keys(gunbot.paths).every((path) => path.startsWith("/") && !path.startsWith("/api"))).toBe(
      true,
    );
  });
});
