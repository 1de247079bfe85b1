/** @param {readonly number[]} values */
export function median(values) {
  return percentile(values, 50);
}

/**
 * Nearest-rank percentile.
 * @param {readonly number[]} values
 * @param {number} p from 0 to 100
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return /** @type {number} */ (sorted[rank - 1]);
}
