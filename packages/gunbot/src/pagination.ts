import { unwrap } from "@tradespec/client-kit";
import type { GunbotClient } from "./client.js";
import type { components } from "./generated/schema.js";

export type Order = components["schemas"]["Order"];
/** One day of a daily PNL page: an array whose positions the vendor does not document. */
export type PnlDailyEntry = components["schemas"]["PnlDailyPage"]["data"][number];

export interface PageOptions {
  /** Records per request; 100 unless given. */
  pageSize?: number;
  /** Stops before the next request once aborted. */
  signal?: AbortSignal;
}

const DEFAULT_PAGE_SIZE = 100;

/** Every order of one trading key (`binance/USDT-XRP`), newest first, fetched page by page from `GET /orders/page`. */
export function paginateOrders(
  client: GunbotClient,
  query: { key: string },
  options: PageOptions = {},
): AsyncGenerator<Order> {
  return paginate(options, 0, async (page, pageSize, signal) => {
    const result = await client.GET("/orders/page", {
      params: { query: { ...query, page, pageSize } },
      signal,
    });
    const { data, total } = unwrap(result, { operation: "GET /orders/page", client });
    return { items: data, total };
  });
}

/** Every order of several trading keys together, newest first, page by page from `GET /orders/page/multi`. */
export function paginateOrdersMulti(
  client: GunbotClient,
  query: { keys: string[] },
  options: PageOptions = {},
): AsyncGenerator<Order> {
  return paginate(options, 0, async (page, pageSize, signal) => {
    const result = await client.GET("/orders/page/multi", {
      params: { query: { "keys[]": query.keys, page, pageSize } },
      signal,
    });
    const { data, total } = unwrap(result, {
      operation: "GET /orders/page/multi",
      client,
    });
    return { items: data, total };
  });
}

/** Every day of profit and loss of one trading key up to `endTime` (ms), newest first, from `GET /pnl/daily/paginated`. */
export function paginateDailyPnl(
  client: GunbotClient,
  query: { key: string; endTime: number },
  options: PageOptions = {},
): AsyncGenerator<PnlDailyEntry> {
  return paginate(options, 1, async (pageNum, pageSize, signal) => {
    const result = await client.GET("/pnl/daily/paginated", {
      params: { query: { ...query, pageNum, pageSize } },
      signal,
    });
    const { data, totalSize } = unwrap(result, {
      operation: "GET /pnl/daily/paginated",
      client,
    });
    return { items: data, total: totalSize };
  });
}

type FetchPage<T> = (
  page: number,
  pageSize: number,
  signal: AbortSignal | undefined,
) => Promise<{ items: T[]; total: number }>;

/** Requests pages until one is empty or short, or `total` records have arrived. */
async function* paginate<T>(
  options: PageOptions,
  firstPage: number,
  fetchPage: FetchPage<T>,
): AsyncGenerator<T> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${String(options.pageSize)}`);
  }
  let received = 0;
  for (let page = firstPage; ; page++) {
    options.signal?.throwIfAborted();
    const { items, total } = await fetchPage(page, pageSize, options.signal);
    yield* items;
    received += items.length;
    if (items.length < pageSize || received >= total) return;
  }
}
