#!/usr/bin/env node
// Serves the built site: `node scripts/serve.js [--port 8080] [--host 127.0.0.1]`; TRADESPEC_DOCS_PORT sets the
// port when --port is not given, and 0 picks a free one.
import { parseArgs } from "node:util";
import { serveSite } from "../src/server.js";
import { portSetting } from "./port-setting.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    host: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(`Usage: serve.js [--port <n>] [--host <host>]
  --port <n>     port (default $TRADESPEC_DOCS_PORT, else 8080; 0 picks a free one)
  --host <host>  interface to listen on (default 127.0.0.1)`);
  process.exit(0);
}
const port = portSetting("TRADESPEC_DOCS_PORT", 8080, { name: "--port", value: values.port });
const site = await serveSite({ port, host: values.host ?? "127.0.0.1" }).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
console.log(`tradespec docs at ${site.url} (Ctrl+C stops)`);
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => site.close().then(() => process.exit(0)));
}
