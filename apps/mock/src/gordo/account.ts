import { ok } from "../sandbox/answers.js";
import { answeredAnew } from "../sandbox/memory.js";
import type { ResourceModule, SandboxAnswer, SandboxCall } from "../sandbox/types.js";
import { gordoError } from "./errors.js";
import type { GordoState } from "./state.js";

/** The key's prefix as the usage log shows it: enough characters to recognise it, never the whole key. */
const KEY_PREFIX_LENGTH = 13;

export interface TierLimit {
  readonly tier: string;
  readonly requests_per_minute: number;
  readonly requests_per_day: number;
}

/**
 * Account usage: every request the key makes is counted, in the answer of `/account/usage`. The key's last use is
 * the request reading it (counted before it is answered), so it is stamped then, and no other request reads the
 * clock.
 */
export const account: ResourceModule<GordoState> = {
  getAccountUsage: answeredAnew(({ state, sandbox }) => {
    const key = state.usage.keys[0];
    if (key) {
      key.key_prefix = (sandbox.credential ?? "").slice(0, KEY_PREFIX_LENGTH);
      key.last_used_at = sandbox.now().toISOString();
    }
    return ok(state.usage);
  }),
};

/**
 * Counts the request in the key's usage and, with `--rate-limits`, answers 429 once the key's tier allows no
 * more (the account's tier, limits from the description's `x-rate-limit-tiers`).
 */
export function countRequest(
  call: SandboxCall<GordoState>,
  tiers: readonly TierLimit[],
): SandboxAnswer | undefined {
  const { state, sandbox } = call;
  if (sandbox.options.rateLimits) {
    const tier = tiers.find((candidate) => candidate.tier === state.profile.tier);
    if (tier) {
      const decision = state.rate.take({
        perMinute: tier.requests_per_minute,
        perDay: tier.requests_per_day,
      });
      if (!decision.allowed) {
        const limit =
          decision.window === "minute"
            ? `${tier.requests_per_minute} requests/minute`
            : `${tier.requests_per_day} requests/day`;
        return {
          ...gordoError(429, `API key rate limit exceeded: ${limit} for ${tier.tier} tier`),
          headers: { "retry-after": String(decision.retryAfterSeconds) },
        };
      }
    }
  }
  const { usage } = state;
  usage.total_requests_today += 1;
  usage.total_requests_month += 1;
  const key = usage.keys[0];
  if (key) {
    key.requests_today = Number(key.requests_today ?? 0) + 1;
    key.requests_month = Number(key.requests_month ?? 0) + 1;
  }
  return undefined;
}
