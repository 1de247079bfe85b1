// The baseline server for a mix of calls: answers each `METHOD path` of the table it is given (the query ignored)
// with the status, content type and body bytes recorded there, and nothing else.
// Usage: node trivial-mix-server.js <table.json>, the table an array of {method, path, status, contentType, body}.
// Prints {"port": N} once listening; exits when its standard input closes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const table = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8"));
const routes = new Map(
  table.map((/** @type {any} */ entry) => [
    `${entry.method} ${entry.path}`,
    { status: entry.status, contentType: entry.contentType, body: Buffer.from(entry.body, "utf8") },
  ]),
);

const server = createServer((request, response) => {
  const route = routes.get(`${request.method} ${(request.url ?? "").split("?", 1)[0]}`);
  if (route === undefined) {
    response.writeHead(404, { "Content-Type": "application/json" });
    response.end('{"detail":"Not found"}');
    return;
  }
  response.writeHead(route.status, {
    "Content-Type": route.contentType,
    "Content-Length": route.body.length,
  });
  response.end(route.body);
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("No TCP port bound.");
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.stdin.on("end", () => process.exit(0)).resume();
