#!/usr/bin/env node
// Serves the built site: `pnpm serve [--port 8080] [--host 127.0.0.1]` (PORT and HOST work too).
import { parseArgs } from "node:util";
import { serveSite } from "../src/server.js";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, host: { type: "string" } },
});
const portText = values.port ?? process.env.PORT ?? "8080";
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${portText}".`);
  process.exit(2);
}
const site = await serveSite({ port, host: values.host ?? process.env.HOST ?? "127.0.0.1" }).catch(
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
console.log(`tradespec docs at ${site.url} (Ctrl+C stops)`);
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => site.close().then(() => process.exit(0)));
}
