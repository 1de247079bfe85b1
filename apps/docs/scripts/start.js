#!/usr/bin/env node
// `pnpm start`: both mocks on their usual ports and the reference site beside them, stopped together.
import { startMocks } from "@tradespec/mock";
import { serveSite } from "../src/index.js";

/**
 * @param {unknown} error
 * @returns {never}
 */
function fail(error) {
  console.error(`tradespec: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

async function start() {
  const mocks = await startMocks({ sandbox: true });
  try {
    return { mocks, site: await serveSite({ port: 8080 }) };
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
