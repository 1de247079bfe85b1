import type { Mock } from "@tradespec/mock";
import type { TestProject } from "vitest/node";
import { apiNames, bundlePath } from "../src/catalog.js";
import { startSandboxMock } from "../src/sandbox.js";

declare module "vitest" {
  export interface ProvidedContext {
    mocks: { gordo: string; gunbot: string };
  }
}

/**
 * One sandbox mock per API for all test files, on free ports of 127.0.0.1; stopped after the run, or if one fails to
 * start. Each run of workflows uses credentials of its own, so it sees a sandbox of its own.
 */
export default async function setup(project: TestProject) {
  const started = await Promise.allSettled(
    // The bundle is named here: the mock finds it with import.meta.resolve, which global setup does not have.
    apiNames.map((api) => startSandboxMock(api, bundlePath(api))),
  );
  const mocks = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const close = async () => {
    await Promise.all(mocks.map((mock: Mock) => mock.close()));
  };
  const failure = started.find((result) => result.status === "rejected");
  if (failure !== undefined) {
    await close();
    throw failure.reason;
  }
  const [gordo, gunbot] = mocks as [Mock, Mock];
  project.provide("mocks", { gordo: gordo.baseUrl, gunbot: gunbot.baseUrl });
  return close;
}
