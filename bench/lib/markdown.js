/**
 * @param {readonly string[]} header
 * @param {readonly (readonly (string | number)[])[]} rows
 */
export function table(header, rows) {
  const line = (/** @type {readonly (string | number)[]} */ cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * @param {string} what the target, in words
 * @param {boolean} met
 */
export function target(what, met) {
  return `Target: ${what}: **${met ? "met" : "not met"}**.`;
}

/** @param {number} bytes */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(2)} KiB`;
}

/** @param {number} ms */
export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** @param {number} value @param {number} digits */
export function fixed(value, digits = 0) {
  return Number.isFinite(value) ? value.toFixed(digits) : "-";
}
