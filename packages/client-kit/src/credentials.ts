import type { SecretsProvider } from "./client-secrets.js";

const CREDENTIAL_HEADER = /authorization|cookie|key|token|secret|password/i;
const AUTH_SCHEME = /^(Bearer|Basic|Token)\s+/i;

/** The values of a request's credential headers (and the bare token behind an auth scheme), for redaction. */
export function credentialsIn(headers: Headers): string[] {
  const credentials: string[] = [];
  headers.forEach((value, name) => {
    if (!CREDENTIAL_HEADER.test(name)) return;
    credentials.push(value);
    const token = value.replace(AUTH_SCHEME, "");
    if (token !== value) credentials.push(token);
  });
  return credentials;
}

/** What to mask in an error about `request`: its credential headers and whatever `secrets` names. */
export function secretsFor(request: Request, secrets: SecretsProvider | undefined): string[] {
  return [...credentialsIn(request.headers), ...(secrets?.() ?? [])];
}
