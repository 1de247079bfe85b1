import { faultServerPerTest, json } from "@tradespec/client-testing";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  createGunbotClient,
  paginateDailyPnl,
  paginateOrders,
  paginateOrdersMulti,
} from "../src/index.js";

const ORDER_COUNT = 25;
const orders = Array.from({ length: ORDER_COUNT }, (_, index) => ({ id: index + 1 }));

const startServer = faultServerPerTest("/api/v1");

/** A server holding 25 orders and 25 days that answers the three paginated endpoints like Gunbot does. */
async function pagedServer() {
  const server = await startServer((_index, request) => {
    const url = new URL(request.path, "http://gunbot.local");
    const size = Number(url.searchParams.get("pageSize"));
    if (url.pathname === "/pnl/daily/paginated") {
      const pageNum = Number(url.searchParams.get("pageNum"));
      return json(200, { totalSize: ORDER_COUNT, data: orders.slice((pageNum - 1) * size, pageNum * size) });
    }
    const page = Number(url.searchParams.get("page"));
    const data = orders.slice(page * size, (page + 1) * size);
    if (url.pathname === "/orders/page/multi") {
      return json(200, { total: ORDER_COUNT, totalCount: ORDER_COUNT, page, data });
    }
    return json(200, { total: ORDER_COUNT, page, data });
  });
  return {
    client: createGunbotClient({ baseUrl: server.baseUrl, token: "header.payload.signature" }),
    paths: () => server.requests.map((request) => request.path),
  };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe("page iterators", () => {
  it("walk /orders/page from page 0 until all orders arrived", async () => {
    const { client, paths } = await pagedServer();
    const all = await collect(paginateOrders(client, { key: "binance/USDT-XRP" }, { pageSize: 10 }));
    expect(all).toEqual(orders);
    expect(paths()).toEqual([
      "/orders/page?key=binance%2FUSDT-XRP&page=0&pageSize=10",
      "/orders/page?key=binance%2FUSDT-XRP&page=1&pageSize=10",
      "/orders/page?key=binance%2FUSDT-XRP&page=2&pageSize=10",
    ]);
  });

  it("send one keys[] parameter per key to /orders/page/multi", async () => {
    const { client, paths } = await pagedServer();
    const all = await collect(
      paginateOrdersMulti(client, { keys: ["binance/USDT-XRP", "binance#3/USDT-DOGE"] }, { pageSize: 25 }),
    );
    expect(all).toEqual(orders);
    expect(paths()).toEqual([
      "/orders/page/multi?keys[]=binance%2FUSDT-XRP&keys[]=binance%233%2FUSDT-DOGE&page=0&pageSize=25",
    ]);
  });

  it("walk /pnl/daily/paginated from page 1", async () => {
    const { client, paths } = await pagedServer();
    const days = await collect(paginateDailyPnl(client, { key: "binance/USDT-XRP", endTime: 1733307452649 }));
    expect(days).toHaveLength(ORDER_COUNT);
    expect(paths()).toEqual([
      "/pnl/daily/paginated?key=binance%2FUSDT-XRP&endTime=1733307452649&pageNum=1&pageSize=100",
    ]);
  });

  it("stop requesting when the caller breaks out of the loop", async () => {
    const { client, paths } = await pagedServer();
    for await (const order of paginateOrders(client, { key: "binance/USDT-XRP" }, { pageSize: 5 })) {
      if (order.id === 3) break;
    }
    expect(paths()).toHaveLength(1);
  });

  it("stop before the next page once the signal aborts", async () => {
    const { client, paths } = await pagedServer();
    const controller = new AbortController();
    const walk = collect(
      (async function* () {
        for await (const order of paginateOrders(
          client,
          { key: "binance/USDT-XRP" },
          { pageSize: 5, signal: controller.signal },
        )) {
          if (order.id === 5) controller.abort(new Error("enough"));
          yield order;
        }
      })(),
    );
    await expect(walk).rejects.toThrow("enough");
    expect(paths()).toHaveLength(1);
  });

  it("throw an ApiError when a page fails", async () => {
    const server = await startServer(() => json(401, { status: "error", message: "Unauthorized" }));
    const client = createGunbotClient({ baseUrl: server.baseUrl });
    const walk = collect(paginateOrders(client, { key: "binance/USDT-XRP" }));
    await expect(walk).rejects.toThrow(ApiError);
    await expect(walk).rejects.toThrow("GET /orders/page failed with HTTP 401: Unauthorized");
  });

  it("reject a page size that is not a positive integer", async () => {
    const client = createGunbotClient({ baseUrl: "http://127.0.0.1:9/api/v1" });
    await expect(
      collect(paginateOrders(client, { key: "binance/USDT-XRP" }, { pageSize: 0 })),
    ).rejects.toThrow("pageSize must be a positive integer, got 0");
  });
});
