// The static server: content types, folders, precompressed files, caching, and no way out of the site folder.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSite, serveSite } from "../src/server.js";

let root: string;
let site: RunningSite;

beforeAll(async () => {
  const parent = await mkdtemp(path.join(tmpdir(), "tradespec-docs-server-"));
  root = path.join(parent, "site");
  await mkdir(path.join(root, "gordo"), { recursive: true });
  await mkdir(path.join(root, "assets"));
  await writeFile(path.join(root, "index.html"), "<h1>home</h1>");
  await writeFile(path.join(root, "gordo/index.html"), "<h1>gordo</h1>");
  await writeFile(path.join(root, "site.css"), "body{}");
  await writeFile(path.join(root, "assets/app.1234.js"), "console.log(1)");
  await writeFile(path.join(root, "assets/app.1234.js.gz"), gzipSync("console.log(1)"));
  await writeFile(path.join(parent, "secret.txt"), "outside the site");
  site = await serveSite({ port: 0, root });
});

afterAll(async () => {
  await site.close();
  await rm(path.dirname(root), { recursive: true, force: true });
});

/** A raw request, so paths reach the server exactly as written (fetch would normalize ".."). */
function get(rawPath: string, headers: Record<string, string> = {}, method = "GET") {
  const { port } = new URL(site.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      request({ host: "127.0.0.1", port, path: rawPath, method, headers }, (response) => {
        let body = "";
        response.setEncoding("latin1");
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
        .on("error", reject)
        .end();
    },
  );
}

describe("serveSite", () => {
  it("binds 127.0.0.1 on the port asked for and reports its URL", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves pages, styles and scripts with their content types", async () => {
    const home = await get("/");
    expect(home).toMatchObject({ status: 200, body: "<h1>home</h1>" });
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect((await get("/site.css")).headers["content-type"]).toBe("text/css; charset=utf-8");
    expect((await get("/assets/app.1234.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
  });

  it("redirects a folder without its slash, so the page's relative links resolve", async () => {
    const response = await get("/gordo?x=1");
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe("/gordo/?x=1");
    expect((await get("/gordo/")).body).toBe("<h1>gordo</h1>");
  });

  it("sends the precompressed file to clients that take gzip, and caches hashed assets for good", async () => {
    const response = await get("/assets/app.1234.js", { "accept-encoding": "gzip, br" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get("/index.html")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers 304 when the page has not changed", async () => {
    const first = await get("/index.html");
    const again = await get("/index.html", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it("never serves a file outside the site folder", async () => {
    for (const attempt of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/gordo/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
    ]) {
      const response = await get(attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body, attempt).not.toContain("outside the site");
    }
  });

  it("rejects malformed paths, unknown files and methods other than GET and HEAD with a clear status", async () => {
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/%00")).status).toBe(400);
    expect((await get("/missing.html")).status).toBe(404);
    const post = await get("/", {}, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("explains a missing site instead of serving nothing", async () => {
    await expect(serveSite({ port: 0, root: path.join(root, "nope") })).rejects.toThrow(/build it first/);
  });
});
