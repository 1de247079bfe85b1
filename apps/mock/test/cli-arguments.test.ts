import { describe, expect, it } from "vitest";
import { parseCommand } from "../src/cli-arguments.js";

const ports = (argv: string[], env: NodeJS.ProcessEnv) => {
  const command = parseCommand(argv, env);
  return command.kind === "serve" ? [command.gordoPort, command.gunbotPort] : command.kind;
};

describe("ports", () => {
  it("default to 4010 and 4011", () => {
    expect(ports([], {})).toEqual([4010, 4011]);
  });

  it("come from TRADESPEC_GORDO_PORT and TRADESPEC_GUNBOT_PORT, so that pnpm dev and pnpm start take them", () => {
    expect(ports([], { TRADESPEC_GORDO_PORT: "0", TRADESPEC_GUNBOT_PORT: "5011" })).toEqual([0, 5011]);
  });

  it("come from the flags before the environment", () => {
    expect(ports(["--gordo-port", "5010"], { TRADESPEC_GORDO_PORT: "6010" })).toEqual([5010, 4011]);
  });

  it("named by the variable that holds a bad one", () => {
    expect(() => ports([], { TRADESPEC_GUNBOT_PORT: "http" })).toThrow(
      'Invalid TRADESPEC_GUNBOT_PORT "http": expected a port number from 0 to 65535.',
    );
  });
});
