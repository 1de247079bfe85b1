import { ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import { badRequest, invalidParameter } from "./errors.js";
import type { ConfiguredPairs, GunbotConfig, GunbotState } from "./state.js";

/** The fields of a `config.exchanges` entry that the system answers leave out. */
const PRIVATE_KEYS = ["key", "secret"];

/** Starting and stopping Gunbot core: while it is stopped no pair cycles, so no order can be placed. */
export const system: ResourceModule<GunbotState> = {
  startSystem: ({ state }) => {
    state.core.running = true;
    return ok(withoutPrivateKeys(state.config));
  },

  stopSystem: ({ state }) => {
    state.core.running = false;
    return ok(withoutPrivateKeys(state.config));
  },
};

/**
 * The document's rule for every trade: "To place an order for any pair, at least one trading pair on that exchange
 * must be actively cycling in Gunbot Core". A pair cycles while the core runs and the pair is enabled.
 */
export function refusedTrade(state: GunbotState, exchange: string) {
  const rule =
    "to place an order for any pair, at least one trading pair on that exchange must be actively cycling in Gunbot Core";
  if (!state.core.running)
    return badRequest(`Gunbot core is stopped (POST /system/start starts it): ${rule}`);
  if (cycling(state)[exchange]) return undefined;
  return invalidParameter("exch", `no trading pair is cycling on ${exchange}: ${rule}`);
}

/** The pairs cycling in the core, per exchange: the enabled ones while the core runs, none while it is stopped. */
export function cycling(state: GunbotState): ConfiguredPairs {
  if (!state.core.running) return {};
  const pairs: ConfiguredPairs = {};
  for (const [exchange, configured] of Object.entries(state.config.pairs ?? {})) {
    const enabled = Object.entries(configured).filter(([, settings]) => settings.enabled);
    if (enabled.length > 0) pairs[exchange] = Object.fromEntries(enabled);
  }
  return pairs;
}

function withoutPrivateKeys(config: GunbotConfig): GunbotConfig {
  const exchanges = Object.entries(config.exchanges ?? {}).map(([name, settings]) => [
    name,
    Object.fromEntries(Object.entries(settings).filter(([field]) => !PRIVATE_KEYS.includes(field))),
  ]);
  return config.exchanges ? { ...config, exchanges: Object.fromEntries(exchanges) } : config;
}
