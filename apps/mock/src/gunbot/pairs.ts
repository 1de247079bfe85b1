import { ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { decimal } from "./balances.js";
import { type GunbotState, type Item, marketOf } from "./state.js";

/**
 * The pairs an exchange offers: the sandbox has no exchange to ask, so every exchange offers the description's
 * example pairs and, besides them, every pair configured on it (a pair can only be traded where it is listed).
 */
export const pairs: ResourceModule<GunbotState> = {
  listPairs: (call) => {
    const listed = call.state.markets.pairList;
    return ok({ status: "success", pairList: [...listed, ...configuredBeyond(call, listed)] });
  },

  listPairsDetailed: (call) => {
    const { state } = call;
    const pairList: Record<string, Item[]> = structuredClone(state.markets.detailed);
    const listed = Object.values(pairList).flatMap((details) =>
      details.map((detail) => String(detail.pairName)),
    );
    for (const pair of configuredBeyond(call, listed)) {
      const quote = pair.split("-")[0] ?? pair;
      pairList[quote] ??= [];
      pairList[quote].push(unmovedMarket(pair, state.prices.get(marketOf(pair)) ?? 0));
    }
    return ok({ status: "success", pairList });
  },
};

function configuredBeyond({ state, query }: SandboxCall<GunbotState>, listed: readonly string[]): string[] {
  const configured = Object.keys(state.config.pairs?.[String(query.exchange)] ?? {});
  return configured.filter((pair) => !listed.includes(pair));
}

/** A configured pair's day in the sandbox, whose market does not move: no volume, no change, its last price. */
function unmovedMarket(pairName: string, price: number): Item {
  return { pairName, volume: 0, low: decimal(price, 10), high: decimal(price, 10), change: "0.00" };
}
