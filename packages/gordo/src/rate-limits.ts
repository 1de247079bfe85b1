/** Gordo subscription tiers; the API limits each key by its tier. */
export type GordoTier = "free" | "basic" | "pro" | "enterprise";

export interface RateLimit {
  perMinute: number;
  perDay: number;
}

/** Requests per minute and per day for each tier, as Gordo documents them. */
export const TIER_RATE_LIMITS: Readonly<Record<GordoTier, Readonly<RateLimit>>> = {
  free: { perMinute: 30, perDay: 1_000 },
  basic: { perMinute: 60, perDay: 10_000 },
  pro: { perMinute: 120, perDay: 50_000 },
  enterprise: { perMinute: 300, perDay: 200_000 },
};

/** The limits for a tier name or explicit figures; a clear error for anything else. */
export function resolveRateLimit(rateLimit: GordoTier | RateLimit): RateLimit {
  if (typeof rateLimit === "string") {
    if (!Object.hasOwn(TIER_RATE_LIMITS, rateLimit)) {
      throw new TypeError(
        `rateLimit must be one of ${Object.keys(TIER_RATE_LIMITS).join(", ")} or { perMinute, perDay }, got "${rateLimit}"`,
      );
    }
    return TIER_RATE_LIMITS[rateLimit];
  }
  for (const field of ["perMinute", "perDay"] as const) {
    const value = rateLimit?.[field];
    if (!Number.isInteger(value) || value <= 0) {
      throw new TypeError(`rateLimit.${field} must be a positive integer, got ${String(value)}`);
    }
  }
  return rateLimit;
}
