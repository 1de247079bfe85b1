#!/usr/bin/env node
// `pnpm start`: both mocks and the reference site beside them, stopped together. The ports are 4010, 4011 and 8080
// unless TRADESPEC_GORDO_PORT, TRADESPEC_GUNBOT_PORT or TRADESPEC_DOCS_PORT say otherwise (0 picks a free one).
import { startMocks } from "@tradespec/mock";
import { serveSite } from "../src/index.js";
import { portSetting } from "./port-setting.js";

/**
 * @param {unknown} error
 * @returns {never}
 */
function fail(error) {
  console.error(`tradespec: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const ports = {
  gordo: portSetting("TRADESPEC_GORDO_PORT", 4010),
  gunbot: portSetting("TRADESPEC_GUNBOT_PORT", 4011),
  docs: portSetting("TRADESPEC_DOCS_PORT", 8080),
};

async function start() {
  const mocks = await startMocks({ sandbox: true, gordoPort: ports.gordo, gunbotPort: ports.gunbot });
  try {
    return { mocks, site: await serveSite({ port: ports.docs }) };
  } catch (error) {
    await mocks.close();
    throw error;
  }
}

const { mocks, site } = await start().catch(fail);

console.log(`Gordo mock      ${mocks.gordo.baseUrl}`);
console.log(`Gunbot mock     ${mocks.gunbot.baseUrl}`);
console.log(`Reference site  ${site.url}`);
console.log("Ctrl-C stops all three.");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.all([mocks.close(), site.close()]);
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, stop);
