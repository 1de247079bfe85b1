import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mocks, startMocks } from "../src/index.js";
import { originOf } from "./support/mock-origin.js";

const gordoKey = { "X-API-Key": "gk_test" };
const gunbotToken = { Authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.e30.sig" };
const buyOrder = { exch: "binance", pair: "USDT-BTC", amt: 0.001, price: 60000 };

let mocks: Mocks;
beforeAll(async () => {
  mocks = await startMocks({ gordoPort: 0, gunbotPort: 0 });
});
afterAll(() => mocks?.close());

/** Both mocks still serve after a hostile request. */
async function expectStillServing() {
  const price = await fetch(`${mocks.gordo.baseUrl}/market/price`, { headers: gordoKey });
  const time = await fetch(`${mocks.gunbot.baseUrl}/time`, { headers: gunbotToken });
  expect([price.status, time.status]).toEqual([200, 200]);
}

const buy = (data: string) =>
  fetch(`${mocks.gunbot.baseUrl}/trade/buy`, {
    method: "POST",
    headers: { ...gunbotToken, "content-type": "application/json" },
    body: `{"data": ${data}}`,
  });

describe("a path that is not valid percent-encoding", () => {
  it.each(["/positions/%ff", "/%", "/positions/%E0%A4%A"])(
    "%s gives 400 naming the segment",
    async (path) => {
      const response = await fetch(mocks.gordo.baseUrl + path, { headers: gordoKey });
      expect(response.status).toBe(400);
      const badSegment = path.slice(path.lastIndexOf("/") + 1);
      expect(await response.json()).toEqual({
        detail: `Malformed path: segment "${badSegment}" is not valid percent-encoding`,
      });
      await expectStillServing();
    },
  );
});

describe("body property names beyond Latin-1", () => {
  it("an unknown one gives 400 naming it as the client wrote it", async () => {
    const response = await buy(JSON.stringify({ ...buyOrder, ꔇ: 1, "😀 \\u0041": 2 }));
    expect(response.status).toBe(400);
    // The body is wrapped or flat (oneOf): the violations of the wrapped form come first.
    expect(await response.json()).toEqual({
      status: "error",
      code: 400,
      message: expect.stringMatching(
        /^Request body property data must NOT have additional properties; found 'ꔇ'; Request body property data must NOT have additional properties; found '😀 \\u0041'(;|$)/,
      ),
    });
    await expectStillServing();
  });

  it("a Latin-1 one comes back unchanged, in the message and in sl-violations", async () => {
    const response = await buy(JSON.stringify({ ...buyOrder, é: 1 }));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(
      /^Request body property data must NOT have additional properties; found 'é'(;|$)/,
    );
    const header = Buffer.from(response.headers.get("sl-violations") ?? "", "latin1").toString("utf8");
    expect(JSON.parse(header)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("'é'") }),
    );
  });
});

describe("requests Node's parser rejects", () => {
  it("headers over 16 KB get 431 in the API's shape", async () => {
    const response = await fetch(`${mocks.gordo.baseUrl}/market/price`, {
      headers: { ...gordoKey, "X-Padding": "a".repeat(20_000) },
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({ detail: expect.stringContaining("16 KB") });
  });

  it("a URL over 16 KB gets 431 in the API's shape", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/time?padding=${"a".repeat(20_000)}`, {
      headers: gunbotToken,
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({ status: "error", code: 431, message: expect.any(String) });
  });

  it("a garbled request line gets 400 in the API's shape, then the connection closes", async () => {
    const raw = await exchangeRaw("NOT HTTP\r\n\r\n");
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4))).toEqual({
      detail: expect.stringMatching(/^Malformed HTTP request/),
    });
  });

  // The keys of the answers the mock remembers separate the header values with control characters.
  it.each([
    ["a header value", "/v1/market/price", "gk_\u0001test"],
    ["a header value", "/v1/market/price", "gk_\u0000test"],
    ["the URL", "/v1/market/price?coin=\u0002", "gk_test"],
  ])("a control character in %s gets 400 (%j, key %j)", async (_where, path, key) => {
    const raw = await exchangeRaw(`GET ${path} HTTP/1.1\r\nHost: x\r\nX-API-Key: ${key}\r\n\r\n`);
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    await expectStillServing();
  });
});

/** Sends `request` as it is to the Gordo mock; resolves with all it answers until it closes the connection. */
function exchangeRaw(request: string): Promise<string> {
  const { port } = new URL(originOf(mocks.gordo));
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(Buffer.from(request, "latin1")));
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
    });
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
  });
}

describe("bodies Prism would answer outside the API's error shape", () => {
  it("a stray body on an operation that takes none gets 400", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/system/start`, {
      method: "POST",
      headers: { ...gunbotToken, "content-type": "text/plain" },
      body: "hello",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      status: "error",
      code: 400,
      message: expect.stringMatching(/^Unsupported request body for POST \/api\/v1\/system\/start/),
    });
  });

  it("JSON in the charset its content type names is read in that charset", async () => {
    const response = await fetch(`${mocks.gunbot.baseUrl}/trade/buy`, {
      method: "POST",
      headers: { ...gunbotToken, "content-type": "application/json; charset=utf-16le" },
      body: Buffer.from(JSON.stringify({ data: buyOrder }), "utf16le"),
    });
    expect(response.status).toBe(200);
  });

  it("JSON in a charset nobody knows gets 400 naming it", async () => {
    const response = await fetch(`${mocks.gordo.baseUrl}/analytics/notes`, {
      method: "POST",
      headers: { ...gordoKey, "content-type": "application/json; charset=klingon" },
      body: '{"content": "Took profit early"}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      detail: 'Unsupported charset "klingon" for a JSON body: send UTF-8',
    });
  });
});

describe("numbers JSON cannot write back", () => {
  it("a body number beyond the float range gets 400 naming its property", async () => {
    const response = await fetch(`${mocks.gordo.baseUrl}/risk/limits`, {
      method: "PATCH",
      headers: { ...gordoKey, "content-type": "application/json" },
      body: '{"max_position_usd": 1e400}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      detail: "Request body property max_position_usd must be a finite number",
    });
  });
});
