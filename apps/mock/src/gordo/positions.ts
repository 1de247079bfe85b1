import { integerParameter, ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall, SandboxContext } from "../sandbox/types.js";
import { gordoError, notFound } from "./errors.js";
import { emitEvent } from "./events.js";
import { filtered } from "./filters.js";
import { fillMarketOrder } from "./market-orders.js";
import type { GordoState, Item, Position } from "./state.js";

/** Fields of a position's detail that its list does not show. */
const DETAIL_ONLY = new Set(["status", "closed_at", "realized_pnl", "signals", "fills", "closing"]);

/**
 * Positions: closing one emits a flatten signal at once; on the executor's next cycle (`executorSeconds` later, or
 * later while the kill switch halts trading) a market order fills, the position leaves `/positions`, and its fill
 * and its round-trip trade appear. Each step is sent to the webhooks subscribed to it.
 */
export const positions: ResourceModule<GordoState> = {
  listPositions: ({ state, query }) => {
    const open = state.positions.filter((position) => position.status === "open");
    return ok(filtered(open, query, ["mode"]).map(listed));
  },

  getPosition: (call) => {
    const position = findPosition(call);
    if (!position) return notFound("Position");
    const { closing: _closing, ...detail } = position;
    return ok(detail);
  },

  closePosition: (call) => {
    const position = findPosition(call);
    if (!position) return notFound("Position");
    if (position.status === "closed") return gordoError(400, `Position ${position.id} is already closed`);
    const answer = ok({ status: "flatten_signal_emitted", position_id: position.id });
    if (position.closing) return answer;
    position.closing = true;
    const signal = emitFlattenSignal(call, position);
    const cycle = () => {
      if (call.state.risk.kill_switch_active) call.sandbox.later(executorMs(call.sandbox), cycle);
      else flatten(call.state, call.sandbox, position, signal.id);
    };
    call.sandbox.later(executorMs(call.sandbox), cycle);
    return answer;
  },
};

function executorMs(sandbox: SandboxContext): number {
  return sandbox.options.executorSeconds * 1000;
}

function findPosition({ state, path }: SandboxCall<GordoState>): Position | undefined {
  const id = integerParameter(path, "position_id");
  return state.positions.find((position) => position.id === id);
}

function listed(position: Position): Item {
  return Object.fromEntries(Object.entries(position).filter(([field]) => !DETAIL_ONLY.has(field)));
}

function emitFlattenSignal({ state, sandbox }: SandboxCall<GordoState>, position: Position) {
  const signal = {
    id: state.ids.signal.next(),
    package_id: position.package_id,
    strategy_name: position.strategy_name,
    action: "flatten",
    price: exitPrice(position),
    confidence: null,
    created_at: sandbox.now().toISOString(),
  };
  const strategy = state.strategies.find((candidate) => candidate.package_id === position.package_id);
  state.signals.unshift(signal);
  state.signalDetails.set(signal.id, {
    ...signal,
    metadata: { reason: "close requested through the API", position_id: position.id },
    strategy_context: {
      template_name: strategy?.template_name ?? position.strategy_name,
      trading_mode: strategy?.trading_mode ?? position.mode,
      state: strategy?.state ?? "active",
      ...(strategy?.parameters ? { parameters: strategy.parameters } : {}),
    },
  });
  position.signals.push(signal);
  emitEvent(state, sandbox, "signal.created", {
    signal_id: signal.id,
    action: signal.action,
    strategy: signal.strategy_name,
    package_id: signal.package_id,
    price: signal.price,
    confidence: signal.confidence,
  });
  return signal;
}

/** The executor's cycle for a flatten signal: a filled market order closes the position. */
function flatten(state: GordoState, sandbox: SandboxContext, position: Position, signalId: number): void {
  const now = sandbox.now().toISOString();
  const price = exitPrice(position);
  const side = position.side === "long" ? "sell" : "buy";
  const entryFees = position.fills.reduce((sum, fill) => sum + Number(fill.fee_usd ?? 0), 0);
  const fee = cents(position.size * price * feeRate(position));
  fillMarketOrder(state, sandbox, position, { side, size: position.size, price, feeUsd: fee, signalId });

  const direction = position.side === "long" ? 1 : -1;
  const pnl = cents((price - position.entry_price) * position.size * direction - fee);
  delete position.closing;
  Object.assign(position, { status: "closed", closed_at: now, realized_pnl: pnl, unrealized_pnl: null });
  const hours = (Date.parse(now) - Date.parse(position.opened_at)) / 3_600_000;
  state.trades.unshift({
    strategy: position.strategy_name,
    package_id: position.package_id,
    side: position.side,
    entry_price: position.entry_price,
    exit_price: price,
    size: position.size,
    pnl,
    pnl_pct: cents((pnl / (position.entry_price * position.size)) * 100),
    fees: cents(entryFees + fee),
    duration_hours: Math.round(hours * 10) / 10,
    entry_time: position.opened_at,
    exit_time: now,
    status: "closed",
  });
  for (const strategy of state.strategies) {
    if ((strategy.current_position as Item | null)?.id === position.id) strategy.current_position = null;
  }
  emitEvent(state, sandbox, "position.closed", {
    position_id: position.id,
    strategy: position.strategy_name,
    package_id: position.package_id,
    side: position.side,
    size: position.size,
    entry_price: position.entry_price,
    exit_price: price,
    pnl,
    mode: position.mode,
  });
}

/** The last known mark price, else the entry price. */
function exitPrice(position: Position): number {
  return typeof position.mark_price === "number" ? position.mark_price : position.entry_price;
}

/** The fee rate of the position's own entry fills (fee over notional), 0 without any. */
function feeRate(position: Position): number {
  const notional = position.fills.reduce((sum, fill) => sum + Number(fill.size) * Number(fill.price), 0);
  const fees = position.fills.reduce((sum, fill) => sum + Number(fill.fee_usd ?? 0), 0);
  return notional > 0 ? fees / notional : 0;
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
