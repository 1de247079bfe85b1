/** Where the contract suite sends its requests, as the environment asks. */
export type TargetKind = "mock" | "live";

export type GunbotCredentials = { password: string; gunthyWallet: string } | { encryptedPassword: string };

export interface LiveGordo {
  baseUrl: string;
  apiKey: string;
}

export interface LiveGunbot {
  baseUrl: string;
  credentials: GunbotCredentials;
}

/** The live targets the environment names; an API without one is tested against the mock. */
export interface TargetSettings {
  gordo: LiveGordo | undefined;
  gunbot: LiveGunbot | undefined;
  /** TRADESPEC_CONTRACT_WRITES=1: also run operations that change state on a live target. */
  writes: boolean;
}

/** The environment asks for something contradictory or incomplete; the message says which variable to set. */
export class TargetSettingsError extends Error {
  override name = "TargetSettingsError";
}

type Environment = Readonly<Record<string, string | undefined>>;

const present = (env: Environment, name: string) => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

function baseUrlFrom(env: Environment, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TargetSettingsError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TargetSettingsError(`${name} must use http or https, got ${url.protocol}`);
  }
  return value.replace(/\/+$/, "");
}

function readGordo(env: Environment): LiveGordo | undefined {
  const baseUrl = baseUrlFrom(env, "GORDO_BASE_URL");
  const apiKey = present(env, "GORDO_API_KEY");
  if (baseUrl === undefined && apiKey === undefined) return undefined;
  if (baseUrl === undefined) {
    throw new TargetSettingsError(
      "GORDO_API_KEY is set but GORDO_BASE_URL is not: set both to test a Gordo account (e.g. GORDO_BASE_URL=https://api.gordotrader.com/v1), or neither to test the mock",
    );
  }
  if (apiKey === undefined) throw new TargetSettingsError("GORDO_BASE_URL is set but GORDO_API_KEY is not");
  return { baseUrl, apiKey };
}

function readGunbotCredentials(env: Environment): GunbotCredentials | undefined {
  const password = present(env, "GUNBOT_PASSWORD");
  const gunthyWallet = present(env, "GUNBOT_GUNTHY_WALLET");
  const encryptedPassword = present(env, "GUNBOT_ENCRYPTED_PASSWORD");
  if (encryptedPassword !== undefined) {
    if (password !== undefined || gunthyWallet !== undefined) {
      throw new TargetSettingsError(
        "Set either GUNBOT_ENCRYPTED_PASSWORD or GUNBOT_PASSWORD with GUNBOT_GUNTHY_WALLET, not both",
      );
    }
    if (!encryptedPassword.startsWith("ENC:")) {
      throw new TargetSettingsError(
        'GUNBOT_ENCRYPTED_PASSWORD must start with "ENC:" (see the Gunbot login docs)',
      );
    }
    return { encryptedPassword };
  }
  if (password === undefined && gunthyWallet === undefined) return undefined;
  if (password === undefined)
    throw new TargetSettingsError("GUNBOT_GUNTHY_WALLET is set but GUNBOT_PASSWORD is not");
  if (gunthyWallet === undefined) {
    throw new TargetSettingsError(
      "GUNBOT_PASSWORD is set but GUNBOT_GUNTHY_WALLET is not (the value of config.bot.gunthy_wallet encrypts it)",
    );
  }
  return { password, gunthyWallet };
}

function readGunbot(env: Environment): LiveGunbot | undefined {
  const baseUrl = baseUrlFrom(env, "GUNBOT_BASE_URL");
  const credentials = readGunbotCredentials(env);
  if (baseUrl === undefined && credentials === undefined) return undefined;
  if (baseUrl === undefined) {
    throw new TargetSettingsError(
      "Gunbot credentials are set but GUNBOT_BASE_URL is not (e.g. GUNBOT_BASE_URL=http://localhost:3000/api/v1)",
    );
  }
  if (credentials === undefined) {
    throw new TargetSettingsError(
      "GUNBOT_BASE_URL is set but no credentials: set GUNBOT_PASSWORD and GUNBOT_GUNTHY_WALLET, or GUNBOT_ENCRYPTED_PASSWORD",
    );
  }
  return { baseUrl, credentials };
}

function readWrites(env: Environment): boolean {
  const value = present(env, "TRADESPEC_CONTRACT_WRITES");
  if (value === undefined || value === "0") return false;
  if (value === "1") return true;
  throw new TargetSettingsError(`TRADESPEC_CONTRACT_WRITES must be 1 or 0, got ${JSON.stringify(value)}`);
}

/** Reads GORDO_*, GUNBOT_* and TRADESPEC_CONTRACT_WRITES; throws a TargetSettingsError on a half-set target. */
export function readTargetSettings(env: Environment): TargetSettings {
  return { gordo: readGordo(env), gunbot: readGunbot(env), writes: readWrites(env) };
}
