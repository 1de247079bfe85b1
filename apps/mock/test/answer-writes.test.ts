import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WRITE_BATCH, writeAnswer } from "../src/answer-writes.js";

let server: Server;
let origin: string;
const errors: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.on("error", (error) => errors.push(error));
    if (req.url === "/gone") req.socket.destroy();
    const body = Buffer.from(JSON.stringify({ url: req.url }));
    const headers = { "content-type": "application/json", "content-length": body.length };
    writeAnswer(res, 200, headers, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("answers written together", () => {
  it("answers each of more requests at once than a batch holds, each with its own body", async () => {
    const urls = Array.from({ length: WRITE_BATCH * 3 + 1 }, (_, index) => `/calls/${index}`);
    const answers = await Promise.all(urls.map((url) => fetch(origin + url).then((res) => res.json())));
    expect(answers).toEqual(urls.map((url) => ({ url })));
  });

  it("answers a HEAD request with the head alone", async () => {
    const res = await fetch(`${origin}/head`, { method: "HEAD" });
    const length = String(JSON.stringify({ url: "/head" }).length);
    expect([res.status, res.headers.get("content-length"), await res.text()]).toEqual([200, length, ""]);
  });

  it("drops the answer of a client that left before it was written, and serves the next", async () => {
    const gone = await new Promise<string>((resolve) => {
      const req = request(`${origin}/gone`, () => resolve("answered"));
      req.on("error", (error) => resolve((error as NodeJS.ErrnoException).code ?? "error"));
      req.end();
    });
    expect(gone).toBe("ECONNRESET");
    expect(await (await fetch(`${origin}/next`)).json()).toEqual({ url: "/next" });
    expect(errors).toEqual([]);
  });

  it("throws to the caller, before anything is written, when Node refuses a header", async () => {
    const refused = await new Promise<string>((resolve) => {
      const probe = createServer((_req, res) => {
        try {
          writeAnswer(res, 200, { "x-bad": "line\nbreak" }, Buffer.from("{}"));
          resolve("written");
        } catch (error) {
          resolve((error as NodeJS.ErrnoException).code ?? "thrown");
          res.writeHead(500).end();
        }
      });
      probe.listen(0, "127.0.0.1", async () => {
        await fetch(`http://127.0.0.1:${(probe.address() as AddressInfo).port}/`);
        probe.close();
      });
    });
    expect(refused).toBe("ERR_INVALID_CHAR");
  });
});
