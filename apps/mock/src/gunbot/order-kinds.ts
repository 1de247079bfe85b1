import type { TradeFields } from "./state.js";

/** How an endpoint's order behaves: its side, and the price it waits at (none: it fills at once at market). */
export interface OrderKind {
  readonly side: "buy" | "sell" | "close";
  readonly waitsAt?: (trade: TradeFields) => number | undefined;
}

/**
 * Sandbox design (specs/gunbot/DECISIONS.md): the sandbox's market does not move. A market order fills at once, at
 * its `price` when it gives one, else at the market's last price, and moves the balances. Every other order (limit,
 * stop-limit, trailing stop, OCO, limit close) waits open at its limit price until it is cancelled: it never fills,
 * so it spends nothing and is not checked against the balances.
 */
export const ORDER_KINDS: Readonly<Record<string, OrderKind>> = {
  placeLimitBuyOrder: { side: "buy", waitsAt: (trade) => trade.price },
  placeMarketBuyOrder: { side: "buy" },
  placeLimitSellOrder: { side: "sell", waitsAt: (trade) => trade.price },
  placeMarketSellOrder: { side: "sell" },
  placeStopLimitBuyOrder: { side: "buy", waitsAt: (trade) => trade.limitPrice },
  placeStopLimitSellOrder: { side: "sell", waitsAt: (trade) => trade.limitPrice },
  placeTrailingStopBuyOrder: { side: "buy", waitsAt: (trade) => trade.price },
  placeTrailingStopSellOrder: { side: "sell", waitsAt: (trade) => trade.price },
  placeOcoBuyOrder: { side: "buy", waitsAt: (trade) => trade.price },
  placeOcoSellOrder: { side: "sell", waitsAt: (trade) => trade.price },
  closePositionAtLimit: { side: "close", waitsAt: (trade) => trade.price },
  closePositionAtMarket: { side: "close" },
};
