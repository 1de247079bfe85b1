import { defineContractSuite } from "../src/contract-suite.js";
import { loadDescription } from "../src/descriptions.js";
import { connectGordo, connectGordoAccount, MOCK_GORDO_API_KEY } from "../src/gordo-connection.js";
import { connectToMock } from "../src/mock-target.js";
import { readTargetSettings } from "../src/targets.js";

const settings = readTargetSettings(process.env);
const live = settings.gordo;

defineContractSuite({
  api: "gordo",
  doc: loadDescription("gordo"),
  target: live ? "live" : "mock",
  writes: settings.writes,
  connect: async () =>
    live
      ? connectGordoAccount(live.baseUrl, live.apiKey)
      : connectToMock("gordo", (baseUrl) => connectGordo(baseUrl, MOCK_GORDO_API_KEY)),
});
