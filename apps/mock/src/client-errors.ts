import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { ApiProfile } from "./apis.js";

/** Node's own limit on the request line and headers together. */
const MAX_HEADER_KILOBYTES = 16;

/**
 * Answers a request Node's parser rejected before the front server saw it (headers over 16 KB, a garbled request
 * line) in the API's own error shape instead of Node's bare status line, then closes the connection.
 */
export function answerClientError(profile: ApiProfile, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, message } = describe(error);
  const body = JSON.stringify(profile.errorBody(status, message));
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      "content-type: application/json",
      `content-length: ${Buffer.byteLength(body)}`,
      "connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}

function describe(error: NodeJS.ErrnoException): { status: number; message: string } {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        message: `Request URL and headers larger than ${MAX_HEADER_KILOBYTES} KB together`,
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return { status: 408, message: "Request not received in time" };
    default:
      return { status: 400, message: `Malformed HTTP request: ${error.message}` };
  }
}
