import { ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { emitEvent } from "./events.js";
import { filtered, limited } from "./filters.js";
import type { GordoState } from "./state.js";

/** The limits `/risk/limits` shows and changes; `/risk/status` shows them too. */
const LIMITS = ["max_leverage", "max_position_usd", "max_daily_loss_usd", "position_size_pct"] as const;

/** Risk: limits that show in the status, the kill switch that toggles, the event log it writes to. */
export const risk: ResourceModule<GordoState> = {
  getRiskStatus: ({ state }) => ok(state.risk),

  listRiskEvents: ({ state, query }) => {
    const events = filtered(state.riskEvents, query, ["severity"]);
    return ok(limited(events, query));
  },

  getRiskLimits: ({ state }) => ok(limitsOf(state)),

  updateRiskLimits: ({ state, body }) => {
    Object.assign(state.risk, body);
    return ok(limitsOf(state));
  },

  toggleKillSwitch: (call) => {
    const { state } = call;
    state.risk.kill_switch_active = !state.risk.kill_switch_active;
    const active = state.risk.kill_switch_active;
    recordRiskEvent(call, {
      event_type: "guard",
      severity: active ? "critical" : "info",
      message: active
        ? "Kill switch activated through the API: trading halted"
        : "Kill switch deactivated through the API",
      package_id: null,
    });
    return ok({ kill_switch_active: active, action: active ? "activated" : "deactivated" });
  },
};

function limitsOf(state: GordoState) {
  return Object.fromEntries(LIMITS.map((name) => [name, state.risk[name]]));
}

/** Adds an event to the risk log and sends it to the webhooks subscribed to `risk.event`. */
export function recordRiskEvent(
  { state, sandbox }: SandboxCall<GordoState>,
  event: { event_type: string; severity: string; message: string; package_id: number | null },
): void {
  const id = state.ids.riskEvent.next();
  state.riskEvents.unshift({ id, ...event, created_at: sandbox.now().toISOString() });
  emitEvent(state, sandbox, "risk.event", { risk_event_id: id, ...event });
}
