/**
 * The description's `info.x-rate-limit-tiers` as `{ tier: { perMinute, perDay } }`, in its order; `fail` is called
 * for a missing list, a malformed entry or a tier listed twice.
 */
export function rateLimitTiers(bundle, fail) {
  const tiers = bundle.info?.["x-rate-limit-tiers"];
  if (!Array.isArray(tiers) || tiers.length === 0) fail("info.x-rate-limit-tiers must be a non-empty list");
  const limits = {};
  tiers.forEach((entry, index) => {
    const where = `info.x-rate-limit-tiers[${index}]`;
    if (typeof entry?.tier !== "string" || entry.tier === "")
      fail(`${where}.tier must be a non-empty string`);
    for (const field of ["requests_per_minute", "requests_per_day"]) {
      const value = entry[field];
      if (!Number.isInteger(value) || value <= 0)
        fail(`${where}.${field} must be a positive integer, found ${JSON.stringify(value)}`);
    }
    if (Object.hasOwn(limits, entry.tier)) fail(`${where}: tier "${entry.tier}" is listed twice`);
    limits[entry.tier] = { perMinute: entry.requests_per_minute, perDay: entry.requests_per_day };
  });
  return limits;
}
