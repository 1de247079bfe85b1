import { createCipheriv } from "node:crypto";
import { createSchemaValidator } from "@tradespec/spec-testing";
import { describe, expect, it } from "vitest";
import { gunbot } from "./bundle.js";

const LOGIN_BODY = "#/paths/~1auth~1login/post/requestBody/content/application~1json/schema";
const validator = createSchemaValidator(gunbot);
const acceptsPassword = (password: string) => validator.validate(LOGIN_BODY, { password }).length === 0;

/** The encryption the description documents: AES-128-CBC, key and IV = first 16 bytes of gunthy_wallet. */
function encryptPassword(password: string, gunthyWallet: string): string {
  const key = Buffer.from(gunthyWallet, "utf8").subarray(0, 16);
  const cipher = createCipheriv("aes-128-cbc", key, key);
  return `ENC:${Buffer.concat([cipher.update(password, "utf8"), cipher.final()]).toString("base64")}`;
}

describe("login password", () => {
  it("accepts an ENC: value encrypted as documented", () => {
    expect(acceptsPassword(encryptPassword("your_password", "value for config.bot.gunthy_wallet"))).toBe(
      true,
    );
    expect(
      acceptsPassword(encryptPassword("a much longer passphrase, 40 characters", "0123456789abcdefXYZ")),
    ).toBe(true);
  });

  it("rejects a plain password and malformed ENC: values", () => {
    expect(acceptsPassword("your_password")).toBe(false);
    expect(acceptsPassword("ENC:")).toBe(false);
    expect(acceptsPassword("ENC:not base64!")).toBe(false);
    expect(acceptsPassword("enc:vh5p6bzS8CA8wwPuZTO9Dw==")).toBe(false);
  });

  it("rejects fields other than password", () => {
    const body = {
      password: encryptPassword("your_password", "value for config.bot.gunthy_wallet"),
      user: "admin",
    };
    expect(validator.validate(LOGIN_BODY, body)).not.toEqual([]);
  });

  it("shows an example that is the documented encryption of `your_password`", () => {
    const example = gunbot.paths["/auth/login"].post.requestBody.content["application/json"].examples;
    expect(example.encryptedPassword.value.password).toBe(
      encryptPassword("your_password", "value for config.bot.gunthy_wallet"),
    );
  });
});
