#!/usr/bin/env node
// `pnpm start`: both mocks on their usual ports and the reference site beside them, stopped together.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startMocks } from "../dist/index.js";

const docsServer = fileURLToPath(new URL("../../docs/scripts/serve.js", import.meta.url));

const mocks = await startMocks().catch((error) => {
  console.error(`tradespec: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
console.log(`Gordo mock   ${mocks.gordo.baseUrl}`);
console.log(`Gunbot mock  ${mocks.gunbot.baseUrl}`);

const docs = existsSync(docsServer)
  ? spawn(process.execPath, [docsServer], { stdio: ["ignore", "inherit", "inherit"] })
  : undefined;
if (!docs) console.log("Reference site not served: apps/docs is missing.");

let stopping = false;
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  const docsExited =
    docs && docs.exitCode === null ? new Promise((resolve) => docs.once("exit", resolve)) : undefined;
  docs?.kill("SIGTERM");
  await Promise.all([mocks.close(), docsExited]);
  process.exit(exitCode);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => stop(0));
docs?.once("exit", (code) => {
  if (!stopping) {
    console.error(`The reference site server stopped (exit code ${code}); stopping the mocks.`);
    void stop(code ?? 1);
  }
});
