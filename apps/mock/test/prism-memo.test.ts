// The memo layer's bounds, with stand-ins for Prism's steps: what it remembers is weighed, text included.
import { describe, expect, it } from "vitest";
import { type HttpInput, type HttpResource, memoizedPipeline, type PrismSteps } from "../src/prism-memo.js";

const resource: HttpResource = { id: "getReport", path: "/report" };
const body = { report: "x".repeat(1_000) };
const right = <R>(value: R) => ({ _tag: "Right" as const, right: value });
const steps: PrismSteps = {
  route: () => right(resource),
  validateSecurity: () => right(undefined),
  validateInput: () => right(undefined),
  validateOutput: () => right(undefined),
  mock: () => () => right({ statusCode: 200, headers: { "content-type": "application/json" }, body }),
};
const logger = { child: () => logger };
const input: HttpInput = { method: "get", url: { path: "/report", query: {} }, headers: {}, body: undefined };

describe("the remembered examples", () => {
  it("are weighed with their JSON text, so that their number stays within the weight limit", () => {
    const limits = { entries: 1_000, weight: 20_000 };
    const pipeline = memoizedPipeline([resource], logger, { remembersExamples: true, limits }, steps);
    for (let index = 0; index < 100; index += 1) {
      const prepared = pipeline.prepare(input, { exampleKey: `example-${index}` });
      if (prepared._tag === "Left") throw new Error("The stand-in router routes every request.");
      const outcome = pipeline.answer(prepared.right);
      expect(outcome).toMatchObject({ _tag: "Right", right: { bodyJson: JSON.stringify(body) } });
    }
    const perEntry = JSON.stringify(body).length;
    expect(pipeline.sizes().examples).toBeLessThanOrEqual(Math.floor(limits.weight / perEntry));
    expect(pipeline.sizes().examples).toBeGreaterThan(0);
  });
});
