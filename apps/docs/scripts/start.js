#!/usr/bin/env node
import { startMocks } from "@tradespec/mock";
// `pnpm start`: both mocks on their usual ports and the reference site beside them, stopped together.
import { serveSite } from "../src/index.js";

function fail(error) {
  console.error(`tradespec: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const mocks = await startMocks().catch(fail);
const site = await serveSite({ port: 8080 }).catch(async (error) => {
  await mocks.close();
  fail(error);
});

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
