import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "../src/index.js";
import vectors from "./fixtures/webhook-signatures.json" with { type: "json" };

describe("verifyWebhookSignature against vectors made with Python's hmac module", () => {
  it.each(vectors)("accepts $note", async ({ body, secret, signature }) => {
    expect(await verifyWebhookSignature(body, signature, secret)).toEqual({ valid: true });
  });

  it.each(vectors)("accepts $note given as bytes", async ({ body, secret, signature }) => {
    const bytes = new TextEncoder().encode(body);
    expect(await verifyWebhookSignature(bytes, signature, secret)).toEqual({ valid: true });
    expect(await verifyWebhookSignature(bytes.buffer, signature, secret)).toEqual({ valid: true });
  });

  it.each(vectors)("signs $note the way Gordo does", async ({ body, secret, signature }) => {
    expect(await signWebhookBody(body, secret)).toBe(signature);
  });
});

describe("verifyWebhookSignature rejections", () => {
  const [{ body, secret, signature }] = vectors as [(typeof vectors)[number]];

  it("reports a mismatch when one byte of the body changes", async () => {
    const tampered = body.replace("84500.00", "84500.01");
    expect(await verifyWebhookSignature(tampered, signature, secret)).toEqual({
      valid: false,
      reason: "mismatch",
      message: "X-Gordo-Signature does not match the body and secret",
    });
  });

  it("reports a mismatch for the wrong secret", async () => {
    const check = await verifyWebhookSignature(body, signature, `${secret}x`);
    expect(check).toMatchObject({ valid: false, reason: "mismatch" });
  });

  it("reports a mismatch for re-serialized JSON, which differs from the raw body", async () => {
    const reserialized = JSON.stringify(JSON.parse(body));
    expect(await verifyWebhookSignature(reserialized, signature, secret)).toMatchObject({
      reason: "mismatch",
    });
  });

  it.each([undefined, null, ""])("reports a missing header (%j)", async (header) => {
    expect(await verifyWebhookSignature(body, header, secret)).toEqual({
      valid: false,
      reason: "missing-header",
      message: "X-Gordo-Signature header is missing",
    });
  });

  it.each([
    ["no prefix", signature.slice("sha256=".length)],
    ["another algorithm", signature.replace("sha256=", "sha1=")],
    ["a short digest", signature.slice(0, -2)],
    ["non-hex characters", `${signature.slice(0, -1)}z`],
  ])("reports a malformed header: %s", async (_case, header) => {
    expect(await verifyWebhookSignature(body, header, secret)).toEqual({
      valid: false,
      reason: "malformed-header",
      message: 'X-Gordo-Signature must be "sha256=" followed by 64 hex digits',
    });
  });

  it("treats an empty secret as a programming error", async () => {
    await expect(verifyWebhookSignature(body, signature, "")).rejects.toThrow(TypeError);
  });
});
