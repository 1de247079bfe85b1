import { integerParameter, ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import { notFound } from "./errors.js";
import { filtered, limited } from "./filters.js";
import type { GordoState } from "./state.js";

/** What the executor has done: orders with their fills, fills, signals and round-trip trades, newest first. */
export const trading: ResourceModule<GordoState> = {
  listOrders: ({ state, query }) =>
    ok(limited(filtered(state.orders, query, ["mode", "status", "package_id"]), query)),

  getOrder: ({ state, path }) => {
    const id = integerParameter(path, "order_id");
    const order = state.orders.find((candidate) => candidate.id === id);
    if (!order) return notFound("Order");
    return ok({ ...order, fills: state.fills.filter((fill) => fill.order_id === id) });
  },

  listFills: ({ state, query }) => ok(limited(state.fills, query)),

  listSignals: ({ state, query }) =>
    ok(limited(filtered(state.signals, query, ["package_id", "action"]), query)),

  listLatestSignals: ({ state }) => {
    const latest = new Map<unknown, (typeof state.signals)[number]>();
    for (const signal of state.signals)
      if (!latest.has(signal.package_id)) latest.set(signal.package_id, signal);
    return ok([...latest.values()]);
  },

  getSignal: ({ state, path }) => {
    const id = integerParameter(path, "signal_id");
    const detail = state.signalDetails.get(id);
    if (detail) return ok(detail);
    // A signal the seed gives no detail for: the description's example stands in.
    return state.signals.some((signal) => signal.id === id) ? undefined : notFound("Signal");
  },

  listTrades: ({ state, query }) => ok(limited(filtered(state.trades, query, ["mode"]), query)),
};
