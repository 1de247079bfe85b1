/**
 * The path of the first number in a parsed JSON value that is not finite (`1e400` parses as Infinity), as Prism
 * names body properties (`risk_assumptions.max_leverage`, `data.0.amt`); undefined when every number is finite.
 * Prism's validator takes Infinity for a number, and JSON cannot write it back: a sandbox would answer `null`.
 */
export function nonFiniteNumberPath(value: unknown, path: readonly string[] = []): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path.join(".");
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFiniteNumberPath(item, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
