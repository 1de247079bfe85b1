import type { Mock } from "../../src/index.js";

/** The scheme, host and port of a mock, e.g. http://127.0.0.1:41234. */
export function originOf(mock: Mock): string {
  return new URL(mock.baseUrl).origin;
}
