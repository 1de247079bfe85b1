/** A small seeded PRNG (mulberry32), so that a failing random case can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Code point ranges that exercise 1-, 2-, 3- and 4-byte UTF-8 sequences (surrogates excluded).
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0xa0, 0x7ff],
  [0x800, 0xd7ff],
  [0xe000, 0xfffd],
  [0x1f300, 0x1faff],
];

/** A random string of `length` code points drawn from ASCII, control characters, and multi-byte UTF-8. */
export function randomText(random: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    const [low, high] = RANGES[Math.floor(random() * RANGES.length)] ?? [0x20, 0x7e];
    text += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
  }
  return text;
}
