import type { Violation } from "./prism-answers.js";

/*
 * Prism 5 looks a query parameter whose name holds brackets up under its percent-encoded, lower-cased name
 * (`keys[]` as `keys%5b%5d`, stoplightio/prism#2443), after decoding the query string once. The mock sends it that
 * spelling and translates Prism's complaints back into the name the client wrote.
 */

const BRACKET = /[[\]]/;

/** `/orders/day?keys[]=a&keys%5B%5D=b` -> `/orders/day?keys%255B%255D=a&keys%255B%255D=b`, which Prism matches. */
export function withPrismQueryNames(path: string): string {
  const queryStart = path.indexOf("?");
  if (queryStart === -1) return path;
  const fields = path.slice(queryStart + 1).split("&");
  return `${path.slice(0, queryStart + 1)}${fields.map(prismQueryField).join("&")}`;
}

function prismQueryField(field: string): string {
  const nameEnd = field.includes("=") ? field.indexOf("=") : field.length;
  const name = decodedOrUndefined(field.slice(0, nameEnd));
  if (name === undefined || !BRACKET.test(name)) return field;
  return encodeURIComponent(encodeURIComponent(name)) + field.slice(nameEnd);
}

function decodedOrUndefined(component: string): string | undefined {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
}

/** Prism's violations with query parameters named as clients write them (`keys[]`). */
export function withClientQueryNames(violations: Violation[]): Violation[] {
  return violations.map((violation) =>
    violation.location[1] === "query" ? clientSpelled(violation) : violation,
  );
}

function clientSpelled(violation: Violation): Violation {
  return {
    ...violation,
    location: violation.location.map(withBrackets),
    message: withBrackets(violation.message),
  };
}

function withBrackets(text: string): string {
  return text.replace(/%5b/gi, "[").replace(/%5d/gi, "]");
}
