import { integerParameter, ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { notFound } from "./errors.js";
import type { GordoState, Item, Strategy } from "./state.js";

/** Fields of a strategy that its list shows; its detail shows everything. */
const LISTED = ["package_id", "name", "display_name", "template_name", "state", "trading_mode", "created_at"];

/**
 * Strategies: paused and resumed (their state shows in the list and the detail), with risk assumptions to update;
 * their promotions and rollbacks (`POST /__sandbox/events/strategy.promoted`) show in the deployments.
 */
export const strategies: ResourceModule<GordoState> = {
  listStrategies: ({ state, query }) => {
    const shown = state.strategies.filter(
      (strategy) =>
        (query.active_only !== "true" || strategy.state === "active") &&
        (query.include_archived === "true" || strategy.state !== "archived"),
    );
    return ok(shown.map((strategy) => Object.fromEntries(LISTED.map((field) => [field, strategy[field]]))));
  },

  getStrategy: (call) => {
    const strategy = findStrategy(call);
    if (!strategy) return notFound("Strategy");
    // A strategy the seed gives no detail for: the description's example stands in.
    return "performance" in strategy ? ok(strategy) : undefined;
  },

  listDeployments: ({ state, query }) => ok(state.deployments.slice(0, Number(query.limit))),

  pauseStrategy: (call) => changeState(call, "paused"),
  resumeStrategy: (call) => changeState(call, "resumed"),

  updateStrategyRisk: (call) => {
    const strategy = findStrategy(call);
    if (!strategy) return notFound("Strategy");
    const changes = (call.body as { risk_assumptions: Item }).risk_assumptions;
    strategy.risk_assumptions = { ...strategy.risk_assumptions, ...changes };
    return ok({ package_id: strategy.package_id, risk_assumptions: strategy.risk_assumptions });
  },
};

function changeState(call: SandboxCall<GordoState>, status: "paused" | "resumed") {
  const strategy = findStrategy(call);
  if (!strategy) return notFound("Strategy");
  strategy.state = status === "paused" ? "paused" : "active";
  return ok({ status, package_id: strategy.package_id });
}

export function findStrategy({ state, path }: SandboxCall<GordoState>): Strategy | undefined {
  const id = integerParameter(path, "package_id");
  return state.strategies.find((strategy) => strategy.package_id === id);
}
