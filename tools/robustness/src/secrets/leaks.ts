import { inspect } from "node:util";

/** Every way an error reaches a log or a person: message, String(), JSON, stack and what console.log prints. */
export function renderings(error: unknown): Record<string, string> {
  const asError = error instanceof Error ? error : undefined;
  return {
    message: asError?.message ?? "",
    string: String(error),
    json: JSON.stringify(error) ?? "",
    stack: asError?.stack ?? "",
    inspect: inspect(error, { depth: 8 }),
  };
}

/** The secrets, as written and URL-encoded, found in `text`. */
export function secretsIn(text: string, secrets: Record<string, string>): string[] {
  return Object.entries(secrets)
    .filter(([, secret]) => text.includes(secret) || text.includes(encodeURIComponent(secret)))
    .map(([name]) => name);
}

/** "where: secret names" for every rendering of `error` that shows a secret. */
export function leaksOf(error: unknown, secrets: Record<string, string>): string[] {
  return Object.entries(renderings(error)).flatMap(([where, text]) => {
    const found = secretsIn(text, secrets);
    return found.length > 0 ? [`${where}: ${found.join(", ")}`] : [];
  });
}
