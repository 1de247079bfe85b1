// The baseline server: answers GET /v1/market/price and GET /api/v1/time with the mocks' JSON and nothing else.
// Prints {"port": N} once listening; exits when its standard input closes.
import { createServer } from "node:http";
import {
  exampleBody,
  GORDO_BASE_PATH,
  GUNBOT_BASE_PATH,
  GUNBOT_TIME_PATH,
  MARKET_PRICE_PATH,
} from "../lib/endpoints.js";

const routes = new Map([
  [GORDO_BASE_PATH + MARKET_PRICE_PATH, Buffer.from(exampleBody("gordo", MARKET_PRICE_PATH))],
  [GUNBOT_BASE_PATH + GUNBOT_TIME_PATH, Buffer.from(exampleBody("gunbot", GUNBOT_TIME_PATH))],
]);

const server = createServer((request, response) => {
  const body = request.method === "GET" ? routes.get(request.url ?? "") : undefined;
  if (body !== undefined) {
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
