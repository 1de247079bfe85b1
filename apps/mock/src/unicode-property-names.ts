import type { Violation } from "./prism-answers.js";

/*
 * Prism names a body's offending properties in its `sl-violations` header, and Node refuses to write a header
 * holding a character above U+00FF: Prism dies on the spot (`Invalid character in header content`). The mock hands
 * it every such property name spelled with `\uXXXX` escapes, and spells Prism's complaints back with the names the
 * client wrote. A backslash is escaped too, so that an escaped spelling never equals a name the client sent.
 */

const NEEDS_RESPELLING = /[^\0-\xff]|\\/;
const RESPELLED_CHARACTER = /[^\0-\xff]|\\/g;
/** A JSON string literal, and the colon after it when it is a property name. */
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"(?=(\s*:)?)/g;

export interface RespelledBody {
  readonly text: string;
  /** Client's property names by the spelling Prism was given; empty when nothing needed respelling. */
  readonly clientNames: ReadonlyMap<string, string>;
}

/** Respells the property names of a well-formed JSON text that Prism could not echo in a header. */
export function withPrismPropertyNames(json: string): RespelledBody {
  const clientNames = new Map<string, string>();
  const text = json.replace(STRING_LITERAL, (literal, colon: string | undefined) => {
    if (colon === undefined) return literal;
    const name = JSON.parse(literal) as string;
    if (!NEEDS_RESPELLING.test(name)) return literal;
    const respelled = name.replace(RESPELLED_CHARACTER, escaped);
    clientNames.set(respelled, name);
    return JSON.stringify(respelled);
  });
  return { text, clientNames };
}

function escaped(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Prism's violations with every respelled property name written back as the client wrote it. */
export function withClientPropertyNames(
  violations: Violation[],
  clientNames: ReadonlyMap<string, string>,
): Violation[] {
  if (clientNames.size === 0) return violations;
  // Longest first, so that a name is never replaced inside a longer one that starts with it.
  const spellings = [...clientNames.keys()].sort((a, b) => b.length - a.length);
  const anySpelling = new RegExp(spellings.map(escapeRegExp).join("|"), "g");
  const clientSpelled = (text: string) =>
    text.replace(anySpelling, (spelling) => clientNames.get(spelling) ?? spelling);
  return violations.map((violation) => ({
    ...violation,
    location: violation.location.map(clientSpelled),
    message: clientSpelled(violation.message),
  }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
