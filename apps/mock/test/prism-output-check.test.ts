// The split response validation against Prism's own, on every response of both descriptions: the documents'
// examples, bodies and headers that break them, media types and statuses the operations do not declare.
import { createRequire } from "node:module";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { describe, expect, it } from "vitest";
import { type ApiName, apiProfiles } from "../src/apis.js";
import { bundlePath, readDescription } from "../src/description.js";
import { type HttpOutput, type PrismSteps, STEP_LIMITS } from "../src/prism-memo.js";
import { outputCheck } from "../src/prism-output-check.js";

const require = createRequire(import.meta.url);
const prismValidateOutput: PrismSteps["validateOutput"] =
  require("@stoplight/prism-http/dist/validator").validateOutput;

type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
type DeclaredResponse = Operation["responses"][number];

/** A status a response's code stands for: `2XX` -> 200, `default` -> 500. */
const statusOf = (code: string) => (code === "default" ? 500 : Number(code.replace(/X/g, "0")));

/** A value of another JSON type than `value`'s. */
const mistyped = (value: unknown) => (typeof value === "string" ? 1 : "not the declared type");

function outputsFor(response: DeclaredResponse): HttpOutput[] {
  const statusCode = statusOf(response.code);
  const declaredHeaders = Object.fromEntries((response.headers ?? []).map((header) => [header.name, "x"]));
  const outputs: HttpOutput[] = [
    { statusCode, body: { unexpected: [1] } },
    { statusCode: 599, headers: { "content-type": "application/json" }, body: null },
  ];
  for (const content of response.contents ?? []) {
    const json = { "content-type": content.mediaType };
    const bodies: unknown[] = [null, "text", 42, { unexpected: [1] }];
    for (const example of content.examples ?? []) {
      const value = "value" in example ? example.value : undefined;
      bodies.push(value);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const name of Object.keys(value)) {
          bodies.push({ ...value, [name]: mistyped((value as Record<string, unknown>)[name]) });
        }
      }
    }
    for (const body of bodies) {
      outputs.push({ statusCode, headers: json, body });
      outputs.push({ statusCode, headers: { ...json, ...declaredHeaders }, body });
      outputs.push({ statusCode, headers: { "content-type": "text/plain" }, body });
      outputs.push({ statusCode, headers: { "Content-Type": `${content.mediaType}; charset=utf-8` }, body });
      outputs.push({ statusCode, body });
    }
  }
  return outputs;
}

describe.each(["gordo", "gunbot"] as ApiName[])("the %s description's responses", (api) => {
  it("are checked as Prism's validateOutput checks them, diagnostic for diagnostic, once decided and again", async () => {
    const description = readDescription(bundlePath(apiProfiles[api]));
    const operations = await getHttpOperationsFromSpec(structuredClone(description));
    const check = outputCheck(STEP_LIMITS);
    let compared = 0;
    let withDiagnostics = 0;
    for (const operation of operations) {
      for (const response of operation.responses) {
        for (const output of outputsFor(response)) {
          const options = { resource: operation as never, element: output };
          const expected = prismValidateOutput(options);
          const where = `${operation.method.toUpperCase()} ${operation.path} ${JSON.stringify(output).slice(0, 200)}`;
          expect(check(options), where).toEqual(expected);
          expect(check(options), where).toEqual(expected);
          compared += 1;
          if (expected._tag === "Left") withDiagnostics += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(operations.length * 10);
    expect(withDiagnostics).toBeGreaterThan(compared / 4);
    expect(withDiagnostics).toBeLessThan(compared);
  });
});
