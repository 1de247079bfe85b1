/** The ISO text of the last whole second asked for, without its milliseconds and the final "Z". */
let last = { second: Number.NaN, prefix: "" };

/**
 * `date.toISOString()`, made from the text of the last second asked for and the milliseconds: the usage log stamps
 * every request with its time, and on some machines `toISOString` costs microseconds.
 */
export function isoTimeOf(date: Date): string {
  const ms = date.getTime();
  const second = Math.floor(ms / 1000);
  if (second !== last.second) last = { second, prefix: date.toISOString().slice(0, -"mmmZ".length) };
  return `${last.prefix}${String(ms - second * 1000).padStart(3, "0")}Z`;
}
