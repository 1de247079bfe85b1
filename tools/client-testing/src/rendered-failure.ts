import { inspect } from "node:util";
import { expect } from "vitest";

/** What the call threw, in every form that reaches a log: message, String(), JSON, stack, inspect, the body. */
export async function renderedFailure(call: () => Promise<unknown>): Promise<string> {
  const error = await call().then(
    () => expect.unreachable("the call should have failed"),
    (reason: unknown) => reason,
  );
  expect(error).toMatchObject({ name: "ApiError" });
  const { message, stack, body } = error as Error & { body?: unknown };
  return [
    message,
    String(error),
    JSON.stringify(error),
    stack,
    inspect(error, { depth: 10 }),
    JSON.stringify(body),
  ].join("\n");
}
