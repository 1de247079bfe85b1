import { createRateLimiter, type RateLimiter } from "@tradespec/client-kit";
import { rateLimitTiers } from "./generated/rate-limits.js";

/** Gordo subscription tiers, as the description lists them; the API limits each key by its tier. */
export type GordoTier = keyof typeof rateLimitTiers;

export interface RateLimit {
  perMinute: number;
  perDay: number;
}

/** Requests per minute and per day for each tier, as Gordo documents them (`x-rate-limit-tiers`). */
export const TIER_RATE_LIMITS: Readonly<Record<GordoTier, Readonly<RateLimit>>> = rateLimitTiers;

/**
 * A limiter for `createGordoClient({ rateLimiter })` that keeps a key under its tier's limits (or explicit figures):
 * requests wait for a free slot instead of running into 429. Share one per API key.
 */
export function gordoRateLimiter(limit: GordoTier | RateLimit): RateLimiter {
  return createRateLimiter(resolveRateLimit(limit));
}

/** The limits for a tier name or explicit figures; a clear error for anything else. */
function resolveRateLimit(limit: GordoTier | RateLimit): RateLimit {
  if (typeof limit === "string") {
    if (!Object.hasOwn(TIER_RATE_LIMITS, limit)) {
      throw new TypeError(
        `gordoRateLimiter: expected one of ${Object.keys(TIER_RATE_LIMITS).join(", ")} or { perMinute, perDay }, got "${limit}"`,
      );
    }
    return TIER_RATE_LIMITS[limit];
  }
  for (const field of ["perMinute", "perDay"] as const) {
    const value = limit?.[field];
    if (!Number.isInteger(value) || value <= 0) {
      throw new TypeError(`gordoRateLimiter: ${field} must be a positive integer, got ${String(value)}`);
    }
  }
  return limit;
}
