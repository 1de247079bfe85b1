// A lean HTTP/1.1 load generator: keep-alive sockets, each sending pre-encoded requests in turn and timing each one
// until its whole answer has arrived. It spends a few µs per request where autocannon spends tens; on a machine whose
// cores the load generator shares with the server, what it measures is closer to the server's own latency. Its own
// pauses would show in every answer in flight, so it makes as little garbage as it can: each connection reads into one
// buffer, and the latencies go into blocks made once. samplers/lean-load.js runs it in a process of its own.
import { connect } from "node:net";
import { CONNECTIONS } from "./load.js";
import { percentile } from "./stats.js";

const HEADER_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");
/** How long the last answers may take once the run is over. */
const STOP_SECONDS = 10;
/** Latencies are kept in blocks of this many: a block is made once, filled in place and never copied. */
const LOG_BLOCK = 65_536;
const EMPTY = Buffer.alloc(0);
const READ_BUFFER_BYTES = 64 * 1024;

/**
 * @typedef {object} LeanRequest
 * @property {string} method
 * @property {string} path with the query string
 * @property {Record<string, string>} headers
 */

/**
 * Sends `requests` in turn from CONNECTIONS keep-alive connections to `origin` for `warmupSeconds` unmeasured, then
 * `seconds` measured; connection k starts at request k, so the connections do not move in step.
 * @param {string} origin `http://127.0.0.1:<port>`
 * @param {{ seconds: number, warmupSeconds: number, requests: readonly LeanRequest[] }} options
 * @returns {Promise<import("./load.js").LoadFigures>}
 */
export async function applyLeanLoad(origin, { seconds, warmupSeconds, requests }) {
  const { hostname, port } = new URL(origin);
  const wire = requests.map((request) => encode(request, `${hostname}:${port}`));
  const latencies = new LatencyLog();
  const tally = { measuring: false, stopping: false, errors: 0, non2xx: 0 };
  /** @type {Set<import("node:net").Socket>} */
  const sockets = new Set();
  const connections = Array.from({ length: CONNECTIONS }, (_, index) =>
    runConnection({ hostname, port: Number(port), wire, first: index, latencies, tally, sockets }),
  );
  await sleep(warmupSeconds);
  tally.measuring = true;
  const started = performance.now();
  await sleep(seconds);
  tally.measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  tally.stopping = true;
  const stopped = await Promise.race([Promise.all(connections), sleep(STOP_SECONDS)]);
  if (stopped === undefined) {
    for (const socket of sockets) socket.destroy();
    throw new Error(`The server left requests unanswered ${STOP_SECONDS} s after the run.`);
  }
  const measured = latencies.values();
  return {
    requestsPerSecond: measured.length / elapsed,
    p50: percentile(measured, 50),
    p99: percentile(measured, 99),
    total: measured.length,
    errors: tally.errors,
    non2xx: tally.non2xx,
  };
}

/**
 * One connection: the next request goes out when the last answer is complete. Settles when told to stop, or when the
 * connection fails (counted as an error).
 * @param {{ hostname: string, port: number, wire: Buffer[], first: number, latencies: LatencyLog,
 *   tally: { measuring: boolean, stopping: boolean, errors: number, non2xx: number },
 *   sockets: Set<import("node:net").Socket> }} options
 * @returns {Promise<void>}
 */
function runConnection({ hostname, port, wire, first, latencies, tally, sockets }) {
  return new Promise((resolve) => {
    let next = first;
    let sentAt = 0;
    let pending = EMPTY;
    /** @param {Buffer} chunk valid only until this returns: the socket reads every chunk into the same buffer */
    const received = (chunk) => {
      const bytes = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const answer = completeAnswer(bytes);
      if (answer === undefined) {
        pending = Buffer.from(bytes);
        return;
      }
      if (answer === null) return fail();
      if (bytes.length > answer.length) return fail(); // nothing was asked for after this answer
      pending = EMPTY;
      if (tally.measuring) {
        latencies.add(performance.now() - sentAt);
        if (answer.status < 200 || answer.status > 299) tally.non2xx += 1;
      }
      if (!tally.stopping) return send();
      socket.end();
      resolve();
    };
    // One buffer for every read: a buffer per read is one more for the garbage collector to sweep at each pause.
    const socket = connect({
      port,
      host: hostname,
      onread: {
        buffer: Buffer.alloc(READ_BUFFER_BYTES),
        callback: (length, buffer) => {
          received(buffer.subarray(0, length));
          return true;
        },
      },
    });
    sockets.add(socket);
    socket.setNoDelay(true);
    const send = () => {
      sentAt = performance.now();
      socket.write(wire[next % wire.length]);
      next += 1;
    };
    const fail = () => {
      tally.errors += 1;
      socket.destroy();
      resolve();
    };
    socket.on("connect", send);
    socket.on("error", fail);
  });
}

/** Milliseconds, in blocks: an array of a few hundred thousand numbers would be copied each time it grew. */
class LatencyLog {
  /** @type {Float64Array[]} */
  #blocks = [];
  #used = LOG_BLOCK;

  /** @param {number} ms */
  add(ms) {
    if (this.#used === LOG_BLOCK) {
      this.#blocks.push(new Float64Array(LOG_BLOCK));
      this.#used = 0;
    }
    /** @type {Float64Array} */ (this.#blocks.at(-1))[this.#used++] = ms;
  }

  /** @returns {number[]} */
  values() {
    return this.#blocks.flatMap((block, index) =>
      Array.from(index === this.#blocks.length - 1 ? block.subarray(0, this.#used) : block),
    );
  }
}

/**
 * The status and byte length of the answer at the start of `bytes`: undefined while it is incomplete, null when it
 * cannot be read (no length, or not HTTP/1.1).
 * @param {Buffer} bytes
 * @returns {{ status: number, length: number } | null | undefined}
 */
function completeAnswer(bytes) {
  const headEnd = bytes.indexOf(HEADER_END);
  if (headEnd < 0) return undefined;
  const head = bytes.subarray(0, headEnd).toString("latin1");
  const status = Number(head.slice(9, 12));
  if (!head.startsWith("HTTP/1.1 ") || !Number.isInteger(status)) return null;
  const bodyStart = headEnd + HEADER_END.length;
  if (status === 204 || status === 304) return { status, length: bodyStart };
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return bytes.length < end ? undefined : { status, length: end };
  }
  if (!/\r\ntransfer-encoding: *chunked/i.test(head)) return null;
  const end = chunkedBodyEnd(bytes, bodyStart);
  return end === undefined ? undefined : { status, length: end };
}

/**
 * Where a chunked body that starts at `offset` ends (after the last chunk and the empty trailer), or undefined while
 * it is incomplete.
 * @param {Buffer} bytes
 * @param {number} offset
 */
function chunkedBodyEnd(bytes, offset) {
  let at = offset;
  for (;;) {
    const lineEnd = bytes.indexOf(CRLF, at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString("latin1"), 16);
    if (size === 0) {
      const trailerEnd = bytes.indexOf(HEADER_END, lineEnd);
      return trailerEnd < 0 ? undefined : trailerEnd + HEADER_END.length;
    }
    at = lineEnd + CRLF.length + size + CRLF.length;
    if (bytes.length < at) return undefined;
  }
}

/**
 * @param {LeanRequest} request
 * @param {string} host
 */
function encode({ method, path, headers }, host) {
  const lines = [`${method} ${path} HTTP/1.1`, `host: ${host}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
}

/** @param {number} seconds */
const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
