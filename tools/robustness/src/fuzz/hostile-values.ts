import fc from "fast-check";

/** Where a value ends up: the URL and headers are limited to what an HTTP server accepts in its request head. */
export type Placement = "url" | "body";

const LONGEST = { url: 1_500, body: 100_000 } as const;
const LONGEST_UNICODE = { url: 100, body: 5_000 } as const;

/** Numbers at and beyond the edges: what a float, a 64-bit integer or a decimal parser may choke on. */
export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  0.1 + 0.2,
];

/** Number-like text and JSON number literals no double can hold. */
export const NUMBER_LITERALS = [
  "1e400",
  "-1e400",
  "1e-400",
  "123456789012345678901234567890",
  "-0",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x1F",
  " 1",
  "1_000",
  "1.5",
  "١٢٣",
];

/** Text that has broken parsers, routers and templates before. */
const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "\t\r\n",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR '1'='1' --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, meant literally
  "${jndi:ldap://127.0.0.1/x}",
  "{{7*7}}",
  "%00",
  "%s%s%s%n",
  "\u202e\u0041\u0042",
  "\ufeff",
  "Z̷̢̛͎̈́a̶͎̿l̵̰̈g̷̦̍o̸̱͑",
  "👨‍👩‍👧‍👦",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings of every kind: unicode (lone surrogates included), very long, and known troublemakers. */
export function hostileString(placement: Placement): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...NASTY_TEXT, ...NUMBER_LITERALS),
    fc.string({ unit: "binary", maxLength: LONGEST_UNICODE[placement] }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: loneSurrogate, minLength: 1, maxLength: 4 }),
    fc.nat({ max: LONGEST[placement] }).map((length) => "A".repeat(length)),
    fc.nat({ max: LONGEST_UNICODE[placement] / 2 }).map((length) => "💥é".repeat(length)),
  );
}

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any value of a wrong or extreme kind: the fuzzer's replacement for a field, a parameter or a whole body. */
export function hostileValue(placement: Placement): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(hostileString(placement), hostileNumber, fc.boolean(), fc.constant(null));
  return fc.oneof(
    { arbitrary: scalar, weight: 6 },
    { arbitrary: fc.array(scalar, { maxLength: 4 }), weight: 1 },
    { arbitrary: fc.dictionary(hostileString("url"), scalar, { maxKeys: 4 }), weight: 1 },
  );
}
