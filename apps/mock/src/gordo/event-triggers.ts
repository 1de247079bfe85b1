import type { EventTriggerHandler } from "../sandbox/types.js";
import { emitEvent } from "./events.js";
import { fillMarketOrder } from "./market-orders.js";
import type { GordoState, Item, Position, Strategy } from "./state.js";

/*
 * What happens in the Gordo service without an API call, made to happen on `POST /__sandbox/events/<event>` so that
 * a front end can show it and its webhooks can be received: the executor opens a position for a strategy, and the
 * promotion pipeline moves a strategy between its trading modes.
 */

/** The trading modes in the order a strategy is promoted through them (the description's `TradingMode`). */
const MODES = ["paper", "canary", "live"];

export const gordoEventTriggers: Record<string, EventTriggerHandler<GordoState>> = {
  "position.opened": ({ body, state, sandbox }) => {
    const named = strategyNamed(state, body.package_id);
    if (!("strategy" in named)) return named;
    const { strategy } = named;
    if (strategy.current_position) {
      return {
        problem: `Strategy ${strategy.package_id} already holds position ${String(strategy.current_position.id)}`,
      };
    }
    const side = body.side ?? "long";
    if (side !== "long" && side !== "short")
      return { problem: `side must be long or short, got ${String(side)}` };
    const template = state.positions[0];
    if (!template) return { problem: "The description's examples hold no position to model a new one on" };
    const now = sandbox.now().toISOString();
    const entryPrice = typeof template.mark_price === "number" ? template.mark_price : template.entry_price;
    const size = typeof body.size === "number" && body.size > 0 ? body.size : template.size;
    const position: Position = {
      ...template,
      id: state.ids.position.next(),
      package_id: strategy.package_id,
      strategy_name: String(strategy.name ?? template.strategy_name),
      side,
      size,
      entry_price: entryPrice,
      mark_price: entryPrice,
      unrealized_pnl: 0,
      mode: String(strategy.trading_mode ?? template.mode),
      opened_at: now,
      status: "open",
      closed_at: null,
      realized_pnl: null,
      signals: [],
      fills: [],
    };
    state.positions.unshift(position);
    const {
      signals: _signals,
      fills: _fills,
      status: _status,
      closed_at: _closedAt,
      realized_pnl: _realized,
      ...held
    } = position;
    strategy.current_position = held;
    const orderSide = side === "long" ? "buy" : "sell";
    fillMarketOrder(state, sandbox, position, { side: orderSide, size, price: entryPrice, feeUsd: 0 });
    const data = {
      position_id: position.id,
      strategy: position.strategy_name,
      package_id: position.package_id,
      mode: position.mode,
      side,
      size,
      entry_price: entryPrice,
    };
    emitEvent(state, sandbox, "position.opened", data);
    return { data };
  },

  "strategy.promoted": (trigger) => moveMode(trigger, +1),
  "strategy.demoted": (trigger) => moveMode(trigger, -1),
};

function moveMode(
  { body, state, sandbox }: Parameters<EventTriggerHandler<GordoState>>[0],
  step: 1 | -1,
): ReturnType<EventTriggerHandler<GordoState>> {
  const named = strategyNamed(state, body.package_id);
  if (!("strategy" in named)) return named;
  const { strategy } = named;
  const from = String(strategy.trading_mode);
  const to = MODES[MODES.indexOf(from) + step];
  if (!MODES.includes(from) || to === undefined) {
    return {
      problem: `Strategy ${strategy.package_id} trades ${from}: it cannot be ${step > 0 ? "promoted" : "demoted"} further`,
    };
  }
  const reason =
    typeof body.reason === "string" ? body.reason : `${step > 0 ? "promoted" : "demoted"} in the sandbox`;
  strategy.trading_mode = to;
  const deployment = {
    id: state.ids.deployment.next(),
    package_id: strategy.package_id,
    strategy_name: strategy.name,
    action: step > 0 ? "promote" : "demote",
    from_mode: from,
    to_mode: to,
    reason,
    created_at: sandbox.now().toISOString(),
  };
  state.deployments.unshift(deployment);
  const history = Array.isArray(strategy.promotion_history) ? (strategy.promotion_history as Item[]) : [];
  strategy.promotion_history = [deployment, ...history];
  const data = {
    package_id: strategy.package_id,
    strategy: strategy.name,
    from_mode: from,
    to_mode: to,
    reason,
  };
  emitEvent(state, sandbox, step > 0 ? "strategy.promoted" : "strategy.demoted", data);
  return { data };
}

/** The strategy `package_id` names, or the first listed one when the body names none. */
function strategyNamed(state: GordoState, packageId: unknown): { strategy: Strategy } | { problem: string } {
  const strategy =
    packageId === undefined
      ? state.strategies[0]
      : state.strategies.find((candidate) => candidate.package_id === packageId);
  if (strategy) return { strategy };
  return { problem: `No strategy with package_id ${String(packageId)}: use one that GET /strategies/ lists` };
}
