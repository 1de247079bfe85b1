import { expect } from "vitest";
import { type ApiError, isApiError } from "../../src/index.js";

/** The ApiError `promise` rejects with; fails the test when it resolves or rejects with anything else. */
export async function apiErrorRejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => expect.unreachable("the call should have failed"),
    (reason: unknown) => reason,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
