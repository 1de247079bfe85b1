import type { SandboxAnswer } from "../sandbox/types.js";

const BAD_REQUEST = 400;

/**
 * Gunbot's answer to a request it cannot carry out, in the description's error shape, naming the field and what
 * was wrong with it: `{"status": "error", "message": "Missing or invalid parameter: pair (...)", "code": 400}`.
 */
export function invalidParameter(field: string, reason: string): SandboxAnswer {
  return badRequest(`Missing or invalid parameter: ${field} (${reason})`);
}

export function badRequest(message: string): SandboxAnswer {
  return { status: BAD_REQUEST, body: { status: "error", message, code: BAD_REQUEST } };
}
