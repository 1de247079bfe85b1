import { unwrap } from "@tradespec/client-kit";
import type { GunbotClient } from "./client.js";
import { loginSecretsOf } from "./login-secrets.js";
import { encryptPassword } from "./password.js";

/** The plain password and the wallet to encrypt it with, or a password already encrypted (`ENC:...`). */
export type LoginCredentials = { password: string; gunthyWallet: string } | { encryptedPassword: string };

/**
 * Logs `client` in with `POST /auth/login`, keeps the JWT for its later requests and returns it. The password and
 * wallet are masked in the client's errors from then on. A refused login throws an ApiError and keeps the old token.
 */
export async function login(client: GunbotClient, credentials: LoginCredentials): Promise<string> {
  const password = await loginPassword(credentials);
  const secrets = loginSecretsOf(client);
  for (const secret of [password, ...plainCredentials(credentials)]) secrets.add(secret);
  const result = await client.POST("/auth/login", { body: { password } });
  const { token } = unwrap(result, { operation: "POST /auth/login", client });
  client.setToken(token);
  return token;
}

async function loginPassword(credentials: LoginCredentials): Promise<string> {
  if (credentials !== null && typeof credentials === "object") {
    if ("encryptedPassword" in credentials) {
      if (
        typeof credentials.encryptedPassword === "string" &&
        credentials.encryptedPassword.startsWith("ENC:")
      ) {
        return credentials.encryptedPassword;
      }
      throw new TypeError('encryptedPassword must be the "ENC:..." string that encryptPassword() returns');
    }
    if ("password" in credentials) return encryptPassword(credentials.password, credentials.gunthyWallet);
  }
  throw new TypeError("login() needs { password, gunthyWallet } or { encryptedPassword }");
}

function plainCredentials(credentials: LoginCredentials): string[] {
  return "password" in credentials ? [credentials.password, credentials.gunthyWallet] : [];
}
