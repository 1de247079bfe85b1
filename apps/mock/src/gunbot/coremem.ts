import { ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import { invalidParameter } from "./errors.js";
import type { ConfiguredPairs, GunbotState, Item } from "./state.js";
import { cycling } from "./system.js";

/**
 * Core memory holds the pairs the core cycles: the enabled pairs of the configuration while the core runs, none
 * while it is stopped (`config` and `memory` empty, as while it starts up). Each pair's memory is the seed's,
 * with its open orders (`openOrders`) as the order history holds them.
 */
export const coremem: ResourceModule<GunbotState> = {
  getCoreMemory: ({ state }) => ok(snapshot(state, cycling(state))),

  getCoreMemorySingle: ({ state, body }) => {
    const { exchange, pair } = body as { exchange: string; pair: string };
    const settings = cycling(state)[exchange]?.[pair];
    if (!settings) return invalidParameter("pair", `${pair} is not cycling on ${exchange} in Gunbot core`);
    return ok(snapshot(state, { [exchange]: { [pair]: settings } }));
  },
};

function snapshot(state: GunbotState, config: ConfiguredPairs) {
  const memory: Record<string, Item> = {};
  for (const [exchange, pairs] of Object.entries(config)) {
    for (const pair of Object.keys(pairs)) {
      const key = `${exchange}/${pair}`;
      const openOrders = state.orders.filter((stored) => stored.key === key && stored.open);
      memory[key] = { ...state.memory[key], openOrders: openOrders.map((stored) => stored.order) };
    }
  }
  return { config, memory };
}
