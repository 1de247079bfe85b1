import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { contentTypeFor } from "./content-types.js";
import { SITE_DIR } from "./paths.js";

/** Files under this folder carry a content hash in their name, so a browser may keep them for good. */
const IMMUTABLE_PREFIX = "/assets/";

/**
 * @typedef {object} ServeOptions
 * @property {number} [port] TCP port; 0 picks a free one. Default 8080.
 * @property {string} [host] interface to bind. Default 127.0.0.1.
 * @property {string} [root] folder to serve. Default: the built site, apps/docs/dist.
 */

/**
 * @typedef {object} RunningSite
 * @property {string} url where the site answers, ending with a slash
 * @property {() => Promise<void>} close stops the server and drops open connections
 */

/**
 * Serves the built site with correct content types, precompressed files where the client takes gzip,
 * and no way out of the site folder.
 * @param {ServeOptions} [options]
 * @returns {Promise<RunningSite>}
 */
export async function serveSite({ port = 8080, host = "127.0.0.1", root = SITE_DIR } = {}) {
  const siteRoot = await realpath(root).catch(() => {
    throw new Error(`No site at ${root}: build it first with \`pnpm --filter @tradespec/docs docs\`.`);
  });
  const server = createServer((request, response) => {
    respond(siteRoot, request, response).catch((error) => {
      if (!response.headersSent) sendText(response, 500, "Internal server error\n");
      else response.destroy(error);
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The server did not bind a TCP port.");
  const hostInUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostInUrl}:${address.port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string} siteRoot
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
async function respond(siteRoot, request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return sendText(response, 405, "Method not allowed: this site only answers GET and HEAD.\n");
  }
  const url = new URL(request.url ?? "/", "http://site.invalid");
  const urlPath = decodePath(url.pathname);
  if (urlPath === null)
    return sendText(response, 400, "Bad request: the path is not valid percent-encoding.\n");

  const target = await locate(siteRoot, urlPath);
  if (target.kind === "missing") return sendText(response, 404, `Not found: ${url.pathname}\n`);
  if (target.kind === "directory") {
    response.setHeader("Location", `${url.pathname}/${url.search}`);
    return sendText(response, 301, "Moved permanently\n");
  }
  await sendFile(request, response, target.file, urlPath.startsWith(IMMUTABLE_PREFIX));
}

/**
 * @param {string} pathname
 * @returns {string | null} the decoded path, or null when it cannot be decoded or holds a NUL byte
 */
function decodePath(pathname) {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes("\0") ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file inside the site, refusing anything that resolves outside it.
 * @param {string} siteRoot
 * @param {string} urlPath
 * @returns {Promise<{ kind: "file", file: string } | { kind: "directory" } | { kind: "missing" }>}
 */
async function locate(siteRoot, urlPath) {
  const candidate = path.join(siteRoot, urlPath);
  const resolved = await realpath(candidate).catch(() => null);
  if (resolved === null || !isInside(siteRoot, resolved)) return { kind: "missing" };
  const stats = await stat(resolved);
  if (stats.isFile()) return { kind: "file", file: resolved };
  if (!stats.isDirectory()) return { kind: "missing" };
  if (!urlPath.endsWith("/")) return { kind: "directory" };
  const index = path.join(resolved, "index.html");
  const indexStats = await stat(index).catch(() => null);
  return indexStats?.isFile() ? { kind: "file", file: index } : { kind: "missing" };
}

/**
 * @param {string} root
 * @param {string} file
 */
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {string} file
 * @param {boolean} immutable
 */
async function sendFile(request, response, file, immutable) {
  const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const gzipped = acceptsGzip ? await stat(`${file}.gz`).catch(() => null) : null;
  const served = gzipped?.isFile() ? `${file}.gz` : file;
  const stats = gzipped?.isFile() ? gzipped : await stat(file);
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

  response.setHeader("Content-Type", contentTypeFor(path.extname(file)));
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Vary", "Accept-Encoding");
  response.setHeader("ETag", etag);
  response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (served !== file) response.setHeader("Content-Encoding", "gzip");
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304).end();
    return;
  }
  response.setHeader("Content-Length", stats.size);
  response.writeHead(200);
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  await new Promise((resolve, reject) => {
    createReadStream(served).on("error", reject).pipe(response).on("finish", resolve).on("error", reject);
  });
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function sendText(response, status, text) {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}
