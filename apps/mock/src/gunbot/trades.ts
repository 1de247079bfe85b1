import { ok } from "../sandbox/answers.js";
import type { Handler, ResourceModule, SandboxCall } from "../sandbox/types.js";
import { available, credit } from "./balances.js";
import { ORDER_KINDS, type OrderKind } from "./order-kinds.js";
import { type GunbotState, marketOf, type Order, type TradeFields, tradeFields } from "./state.js";
import { refusedTrade } from "./system.js";

type Call = SandboxCall<GunbotState>;

/**
 * Every trade endpoint. Its answer, "Order sent", says the bot sent the instruction: what the exchange then does
 * shows in the order history and the balances, and what it refuses (a fill the balance cannot cover, no open order
 * to cancel) only in the mock's log, as a real bot logs it.
 */
export const trades: ResourceModule<GunbotState> = {
  ...Object.fromEntries(
    Object.entries(ORDER_KINDS).map(([operationId, kind]) => [operationId, placing(kind)]),
  ),

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
  const [quote = "", base = ""] = market.split("-");
  const cost = rate * trade.amt;
  if (kind.side !== "close") {
    const buys = kind.side === "buy";
    const short = buys
      ? shortOf(state, trade.exch, quote, cost)
      : shortOf(state, trade.exch, base, trade.amt);
    if (short) return short;
    credit(state, trade.exch, quote, buys ? -cost : cost);
    credit(state, trade.exch, base, buys ? trade.amt : -trade.amt);
  }
  state.prices.set(market, rate);
  record(call, kind, newOrder(call, kind, trade, rate), { open: false });
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
