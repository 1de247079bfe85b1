import type { SandboxCall } from "../sandbox/types.js";
import type { Item } from "./state.js";

/** The value of a filter parameter that keeps every item (the documents' default). */
const ALL = "all";

/**
 * The items whose fields equal the query's filter parameters of the same names (`mode`, `status`, `package_id`,
 * `action`, `severity`); a filter left out or at "all" keeps every item. Lookbacks (`hours`, `days`) are not
 * applied: the seed's items carry the examples' fixed dates.
 */
export function filtered<T extends Item>(
  items: readonly T[],
  query: SandboxCall<unknown>["query"],
  fields: readonly string[],
): T[] {
  return items.filter((item) =>
    fields.every((field) => {
      const wanted = query[field];
      return wanted === undefined || wanted === ALL || String(item[field]) === String(wanted);
    }),
  );
}

/** The first `limit` items (the query's, or the description's default). */
export function limited<T>(items: readonly T[], query: SandboxCall<unknown>["query"]): T[] {
  return query.limit === undefined ? [...items] : items.slice(0, Number(query.limit));
}
