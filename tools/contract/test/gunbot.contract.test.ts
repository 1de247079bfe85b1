import { defineContractSuite } from "../src/contract-suite.js";
import { loadDescription } from "../src/descriptions.js";
import { connectGunbot } from "../src/gunbot-connection.js";
import { connectToMock } from "../src/mock-target.js";
import { readTargetSettings } from "../src/targets.js";

const settings = readTargetSettings(process.env);
const live = settings.gunbot;
const doc = loadDescription("gunbot");

defineContractSuite({
  api: "gunbot",
  doc,
  target: live ? "live" : "mock",
  writes: settings.writes,
  connect: () =>
    live
      ? connectGunbot(doc, live.baseUrl, live.credentials)
      : connectToMock("gunbot", (baseUrl) => connectGunbot(doc, baseUrl, undefined)),
});
