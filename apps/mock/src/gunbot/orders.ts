import { ok } from "../sandbox/answers.js";
import type { ResourceModule, SandboxCall } from "../sandbox/types.js";
import { invalidParameter } from "./errors.js";
import type { GunbotState, StoredOrder } from "./state.js";

type Query = SandboxCall<GunbotState>["query"];

/** The local order history: one key, several keys merged, pages of either, and today's counts. */
export const orders: ResourceModule<GunbotState> = {
  listOrders: ({ state, query }) => ok({ data: historyOf(state, [String(query.key)]).map(shown) }),

  listOrdersPage: ({ state, query }) => {
    const history = historyOf(state, [String(query.key)]);
    return ok({ total: history.length, ...pageOf(history, query) });
  },

  listOrdersPageMulti: ({ state, query }) => {
    const history = historyOf(state, keysOf(query));
    return ok({ total: history.length, totalCount: history.length, ...pageOf(history, query) });
  },

  listOrdersOfDay: ({ state, query, sandbox }) => {
    const timezone = String(query.timezone);
    const dayOf = calendarDayIn(timezone);
    if (!dayOf) return invalidParameter("timezone", `${timezone} is not an IANA timezone`);
    const today = dayOf(sandbox.now().getTime());
    const ofToday = historyOf(state, keysOf(query)).filter((stored) => dayOf(stored.order.time) === today);
    if (ofToday.length === 0) return ok({ days: [], orders: [], closeOrders: [] });
    const closing = ofToday.filter((stored) => stored.closes || stored.order.type === "sell");
    return ok({ days: [today], orders: [ofToday.length], closeOrders: [closing.length] });
  },
};

/** The orders of the keys, newest first (open ones included: they carry the id `trade/cancel` takes). */
function historyOf(state: GunbotState, keys: readonly string[]): StoredOrder[] {
  return state.orders
    .filter((stored) => keys.includes(stored.key))
    .sort((a, b) => b.order.time - a.order.time);
}

const shown = (stored: StoredOrder) => stored.order;

function pageOf(history: readonly StoredOrder[], query: Query) {
  const page = Number(query.page);
  const size = Number(query.pageSize);
  return { page, data: history.slice(page * size, (page + 1) * size).map(shown) };
}

function keysOf(query: Query): string[] {
  const keys = query["keys[]"] ?? [];
  return Array.isArray(keys) ? keys : [keys];
}

/** The `YYYY-MM-DD` calendar day of a time in a timezone; undefined for a name that is not an IANA timezone. */
function calendarDayIn(timezone: string): ((time: number) => string) | undefined {
  try {
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, dateStyle: "short" });
    return (time) => format.format(new Date(time));
  } catch {
    return undefined;
  }
}
