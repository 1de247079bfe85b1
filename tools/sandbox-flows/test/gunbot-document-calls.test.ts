import { type Mock, startMock } from "@tradespec/mock";
import { listOperations, loadBundle } from "@tradespec/spec-testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sampleRequest } from "./support/sample-request.js";

const DOCUMENTED_TOKEN = { authorization: "Bearer YOUR_TOKEN" };
const doc = loadBundle("@tradespec/spec-gunbot", import.meta.url);

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, sandbox: true, log: () => {} });
});
afterAll(() => mock?.close());

/**
 * The documents' calls work unchanged on the default sandbox (the one the documents' `YOUR_TOKEN` shares): each
 * operation's documented request, sent to a freshly seeded sandbox, succeeds. The seed starts with the core
 * running, the examples' pairs configured and the files the examples read.
 */
it.each(listOperations(doc).map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry] as const))(
  "%s succeeds on a fresh default sandbox",
  async (_name, entry) => {
    await fetch(mock.resetUrl, { method: "POST", headers: DOCUMENTED_TOKEN });
    const { target, body } = sampleRequest(doc, entry);
    const response = await fetch(mock.baseUrl + target, {
      method: entry.method.toUpperCase(),
      headers: { ...DOCUMENTED_TOKEN, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, await response.text()).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
  },
);
