import { describe, expect, it } from "vitest";
import { encryptPassword } from "../src/index.js";
import vectors from "./fixtures/password-vectors.json" with { type: "json" };
import { hasOpenssl, opensslEncryptPassword } from "./support/openssl.js";
import { randomText, seededRandom } from "./support/random-text.js";

describe("encryptPassword against committed vectors (made with openssl)", () => {
  it.each(vectors)("$note", async ({ password, gunthyWallet, encrypted }) => {
    expect(await encryptPassword(password, gunthyWallet)).toBe(encrypted);
  });
});

describe.skipIf(!hasOpenssl())("encryptPassword against the openssl CLI, run now", () => {
  const seed = 20240527;

  it(`matches openssl for 60 random passwords and wallets (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    for (let i = 0; i < 60; i++) {
      // Lengths around the 16-byte block size matter most for padding.
      const password = randomText(random, Math.floor(random() * 40));
      let gunthyWallet = randomText(random, 8 + Math.floor(random() * 40));
      while (new TextEncoder().encode(gunthyWallet).length < 16) gunthyWallet += randomText(random, 4);
      const expected = opensslEncryptPassword(password, gunthyWallet);
      expect(await encryptPassword(password, gunthyWallet), JSON.stringify({ password, gunthyWallet })).toBe(
        expected,
      );
    }
  });

  it.each([15, 16, 17, 31, 32, 33])("matches openssl for a %i-byte password", async (length) => {
    const password = "p".repeat(length);
    const gunthyWallet = "value for config.bot.gunthy_wallet";
    expect(await encryptPassword(password, gunthyWallet)).toBe(
      opensslEncryptPassword(password, gunthyWallet),
    );
  });
});

it.runIf(!hasOpenssl())("reports that openssl is missing, so the live comparison did not run", () => {
  expect.fail(
    "the openssl CLI is not installed: install it (apt-get install -y openssl) to compare against it",
  );
});

describe("encryptPassword input checks", () => {
  it("rejects a wallet shorter than 16 bytes, naming the field and the byte count", async () => {
    await expect(encryptPassword("secret", "short-wallet")).rejects.toThrow(
      new RangeError(
        "gunthyWallet must be at least 16 bytes of UTF-8 (got 12); use the value of config.bot.gunthy_wallet from your Gunbot config",
      ),
    );
  });

  it("counts the wallet in UTF-8 bytes, not characters", async () => {
    // 8 characters, 16 bytes: accepted.
    await expect(encryptPassword("secret", "éééééééé")).resolves.toMatch(/^ENC:/);
  });

  it("rejects values that are not strings", async () => {
    await expect(encryptPassword(undefined as unknown as string, "0123456789abcdef")).rejects.toThrow(
      "password must be a string, got undefined",
    );
    await expect(encryptPassword("secret", null as unknown as string)).rejects.toThrow(
      "gunthyWallet must be a string, got null",
    );
  });
});
