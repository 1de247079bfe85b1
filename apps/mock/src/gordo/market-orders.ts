import type { SandboxContext } from "../sandbox/types.js";
import { emitEvent } from "./events.js";
import type { GordoState, Position } from "./state.js";

export interface MarketOrder {
  readonly side: "buy" | "sell";
  readonly size: number;
  readonly price: number;
  readonly feeUsd: number;
  /** The signal the executor acted on, when there is one. */
  readonly signalId?: number;
}

/**
 * The executor's market order for `position`, filled at once at `price`: it shows in the orders, the fills and the
 * position's fills, and goes to the webhooks as `order.created`, then `order.filled`.
 */
export function fillMarketOrder(
  state: GordoState,
  sandbox: SandboxContext,
  position: Position,
  { side, size, price, feeUsd, signalId }: MarketOrder,
) {
  const now = sandbox.now().toISOString();
  const signal = signalId === undefined ? {} : { signal_id: signalId };
  const order = {
    id: state.ids.order.next(),
    package_id: position.package_id,
    strategy_name: position.strategy_name,
    ...signal,
    coin: position.coin,
    side,
    order_type: "market",
    size,
    price: null,
    status: "filled",
    mode: position.mode,
    created_at: now,
  };
  state.orders.unshift(order);
  emitEvent(state, sandbox, "order.created", {
    order_id: order.id,
    ...signal,
    strategy: order.strategy_name,
    package_id: order.package_id,
    side,
    order_type: order.order_type,
    size,
    price: null,
    mode: order.mode,
  });

  const fill = {
    id: state.ids.fill.next(),
    order_id: order.id,
    package_id: position.package_id,
    coin: position.coin,
    side,
    size,
    price,
    fee_usd: feeUsd,
    slippage_bps: 0,
    mode: position.mode,
    filled_at: now,
  };
  state.fills.unshift(fill);
  position.fills.push(fill);
  emitEvent(state, sandbox, "order.filled", {
    order_id: order.id,
    strategy: order.strategy_name,
    package_id: order.package_id,
    side,
    size,
    fill_price: price,
    fees_usd: feeUsd,
    mode: order.mode,
  });
  return { order, fill };
}
