import { ok } from "../sandbox/answers.js";
import type { Handler, ResourceModule, SandboxCall } from "../sandbox/types.js";
import { available, credit } from "./balances.js";
import { type GunbotState, marketOf, type Order, type TradeFields, tradeFields } from "./state.js";
import { refusedTrade } from "./system.js";

type Call = SandboxCall<GunbotState>;

/** How an endpoint's order behaves: its side, and the price it waits at (none: it fills at once at market). */
interface OrderKind {
  readonly side: "buy" | "sell" | "close";
  readonly waitsAt?: (trade: TradeFields) => number | undefined;
}

/**
 * Sandbox design (specs/gunbot/DECISIONS.md): the sandbox's market does not move. A market order fills at once, at
 * its `price` when it gives one, else at the market's last price, and moves the balances. Every other order (limit,
 * stop-limit, trailing stop, OCO, limit close) waits open at its limit price until it is cancelled: it never fills,
 * so it spends nothing and is not checked against the balances.
 */
const KINDS: Record<string, OrderKind> = {
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

/**
 * Every trade endpoint. Its answer, "Order sent", says the bot sent the instruction: what the exchange then does
 * shows in the order history and the balances, and what it refuses (a fill the balance cannot cover, no open order
 * to cancel) only in the mock's log, as a real bot logs it.
 */
export const trades: ResourceModule<GunbotState> = {
  ...Object.fromEntries(Object.entries(KINDS).map(([operationId, kind]) => [operationId, placing(kind)])),

  cancelOrder: (call) => {
    const trade = tradeFields(call.body) as TradeFields;
    const refused = refusedTrade(call.state, trade.exch);
    if (refused) return refused;
    const key = `${trade.exch}/${trade.pair}`;
    // The history's ids may be numbers; the cancel body sends them as text (the document) or as read (sandbox).
    const index = call.state.orders.findIndex(
      (stored) => stored.key === key && stored.open && String(stored.order.id) === String(trade.id),
    );
    const cancelled = call.state.orders[index];
    if (!cancelled?.open) {
      call.sandbox.log(
        `${trade.exch} refused to cancel order ${trade.id}: no open order with that id on ${key}`,
      );
    } else {
      call.state.orders.splice(index, 1);
    }
    return ok(call.state.answers.orderSent);
  },
};

function placing(kind: OrderKind): Handler<GunbotState> {
  return (call) => {
    const trade = tradeFields(call.body) as TradeFields & { amt: number };
    const refused = refusedTrade(call.state, trade.exch);
    if (refused) return refused;
    const waitsAt = kind.waitsAt?.(trade);
    if (waitsAt !== undefined) record(call, kind, newOrder(call, kind, trade, waitsAt), { open: true });
    else {
      const refusal = fill(call, kind, trade);
      if (refusal) call.sandbox.log(`${trade.exch} refused the order on ${trade.pair}: ${refusal}`);
    }
    return ok(call.state.answers.orderSent);
  };
}

/** Fills a market order at once; returns why the exchange refused it, if it did. */
function fill(call: Call, kind: OrderKind, trade: TradeFields & { amt: number }): string | undefined {
  const { state } = call;
  const market = marketOf(trade.pair);
  const rate = trade.price ?? state.prices.get(market);
  if (rate === undefined) return `the sandbox knows no price of ${market}: send one in price`;
  const order = newOrder(call, kind, trade, rate);
  const [quote = "", base = ""] = market.split("-");
  if (kind.side !== "close") {
    const [asset, needed] = order.type === "buy" ? [quote, order.cost] : [base, order.amount];
    const short = shortOf(state, trade.exch, asset, needed);
    if (short) return short;
    credit(state, trade.exch, quote, order.type === "buy" ? -order.cost : order.cost);
    credit(state, trade.exch, base, order.type === "buy" ? order.amount : -order.amount);
  }
  state.prices.set(market, rate);
  record(call, kind, order, { open: false });
  return undefined;
}

/** Adds an order to the history, newest first. */
function record(call: Call, kind: OrderKind, order: Order, { open }: { open: boolean }): void {
  const trade = tradeFields(call.body) as TradeFields;
  call.state.orders.unshift({
    key: `${trade.exch}/${trade.pair}`,
    order,
    open,
    closes: kind.side === "close",
  });
}

function newOrder(call: Call, kind: OrderKind, trade: TradeFields & { amt: number }, rate: number): Order {
  // A futures close sells a long position and buys back a short one.
  const type = kind.side === "close" ? (trade.pair.endsWith("-SHORT") ? "buy" : "sell") : kind.side;
  return {
    time: call.sandbox.now().getTime(),
    pair: trade.pair,
    type,
    rate,
    amount: trade.amt,
    id: call.state.ids.order.next(),
    cost: rate * trade.amt,
  };
}

function shortOf(state: GunbotState, exchange: string, asset: string, amount: number): string | undefined {
  const have = available(state, exchange, asset);
  return have >= amount ? undefined : `insufficient ${asset} balance (${have} available, ${amount} needed)`;
}
