// @scalar/mock-server 0.14 on the Gordo bundle, in its own process, served by @hono/node-server on 127.0.0.1.
// Like Prism it serves the document's paths without the server URL's path. Usage: node scalar-mock.js.
// Prints {"port": N} once listening; exits when its standard input closes.
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { createMockServer } from "@scalar/mock-server";
import { bundleJsonPath } from "../lib/repo-paths.js";

const app = await createMockServer({
  document: JSON.parse(readFileSync(bundleJsonPath("gordo"), "utf8")),
  logger: false,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.stdin.on("end", () => server.close(() => process.exit(0))).resume();
