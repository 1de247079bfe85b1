import { startMock } from "@tradespec/mock";
import type { TestProject } from "vitest/node";
import { bundlePath } from "../src/catalog.js";

declare module "vitest" {
  export interface ProvidedContext {
    mocks: { gordo: string; gunbot: string };
  }
}

/** One mock per API for all test files, on free ports of 127.0.0.1; stopped after the run. */
export default async function setup(project: TestProject) {
  const [gordo, gunbot] = await Promise.all([
    // The bundle is named here: the mock finds it with import.meta.resolve, which global setup does not have.
    startMock({ api: "gordo", port: 0, document: bundlePath("gordo"), log: () => {} }),
    startMock({ api: "gunbot", port: 0, document: bundlePath("gunbot"), log: () => {} }),
  ]);
  project.provide("mocks", { gordo: gordo.baseUrl, gunbot: gunbot.baseUrl });
  return async () => {
    await Promise.all([gordo.close(), gunbot.close()]);
  };
}
