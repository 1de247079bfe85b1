/** Returns the values to mask in errors; called each time an error is made, so it can follow a changing token. */
export type SecretsProvider = () => readonly string[];

const providers = new WeakMap<object, SecretsProvider>();

/** Records what `client` knows is secret, so that errors made outside its middleware (by `unwrap`) mask it too. */
export function registerSecrets(client: object, secrets: SecretsProvider): void {
  providers.set(client, secrets);
}

/** The secrets registered for `client`; none when nothing was registered. */
export function secretsOf(client: object): readonly string[] {
  return providers.get(client)?.() ?? [];
}
