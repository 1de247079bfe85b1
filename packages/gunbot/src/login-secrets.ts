const secretsByClient = new WeakMap<object, Set<string>>();

/** The passwords (plain and encrypted) and wallets of every login on `client`, masked in its errors for its lifetime. */
export function loginSecretsOf(client: object): Set<string> {
  const secrets = secretsByClient.get(client) ?? new Set<string>();
  secretsByClient.set(client, secrets);
  return secrets;
}
