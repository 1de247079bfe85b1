import { execFileSync } from "node:child_process";

/** Whether the `openssl` CLI can be run on this machine. */
export function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Gunbot documentation's bash helper, run for real: key and IV are the first 16 bytes of the wallet,
 * `openssl enc -aes-128-cbc -nosalt -base64 -A`, with the password on stdin and an `ENC:` prefix.
 */
export function opensslEncryptPassword(password: string, gunthyWallet: string): string {
  const keyHex = Buffer.from(gunthyWallet, "utf8").subarray(0, 16).toString("hex");
  const base64 = execFileSync(
    "openssl",
    ["enc", "-aes-128-cbc", "-K", keyHex, "-iv", keyHex, "-nosalt", "-base64", "-A"],
    { input: Buffer.from(password, "utf8"), stdio: ["pipe", "pipe", "pipe"] },
  );
  return `ENC:${base64.toString("utf8").trim()}`;
}
