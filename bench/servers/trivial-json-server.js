// The baseline server: answers GET /v1/market/price with the mock's JSON and nothing else.
// Prints {"port": N} once listening; exits when its standard input closes.
import { createServer } from "node:http";
import { GORDO_BASE_PATH, MARKET_PRICE_PATH, marketPriceBody } from "../lib/market-price.js";

const body = Buffer.from(marketPriceBody());
const route = GORDO_BASE_PATH + MARKET_PRICE_PATH;

const server = createServer((request, response) => {
  if (request.method === "GET" && request.url === route) {
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length });
    response.end(body);
    return;
  }
  response.writeHead(404, { "Content-Type": "application/json" });
  response.end('{"detail":"Not found"}');
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("No TCP port bound.");
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.stdin.on("end", () => process.exit(0)).resume();
