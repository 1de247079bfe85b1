import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { describedExample } from "./support/described-example.js";
import { balanceOf, type GunbotApi, gunbotApi, loggedIn } from "./support/gunbot-sandbox.js";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, sandbox: true, log: () => {} });
});
afterAll(() => mock?.close());

const XRP = { exch: "binance", pair: "USDT-XRP" };
const XRP_KEY = encodeURIComponent("binance/USDT-XRP");
const ordersOf = async (api: GunbotApi, key = XRP_KEY) => (await api.get(`/orders?key=${key}`)).data;
const refusedBecauseNothingCycles = {
  status: 400,
  body: {
    status: "error",
    code: 400,
    message: expect.stringContaining(
      "at least one trading pair on that exchange must be actively cycling in Gunbot Core",
    ),
  },
};

describe("the configuration", () => {
  it("is replaced by config/update, as config/full then shows", async () => {
    const api = await loggedIn(mock, "config-update");
    const data = {
      pairs: { kraken: { "USD-ETH": { strategy: "stepgrid", enabled: false } } },
      bot: { debug: true },
    };
    expect(await api.post("/config/update", { data })).toEqual({ status: "success", config: data });
    expect(await api.get("/config/full")).toEqual({ status: "success", config: data });
  });

  it("shows added and removed pairs in config/full, pairs and pairs/detailed", async () => {
    const api = await loggedIn(mock, "config-pairs");
    const listed = describedExample("gunbot", "get /pairs", "200", "documented") as { pairList: string[] };
    expect(await api.get("/pairs?exchange=kraken")).toEqual(listed);

    const settings = { strategy: "stepgrid", enabled: true, override: { PERIOD: 15 } };
    await api.post("/config/pair/add", { exchange: "kraken", pair: "USD-SOL", settings });
    await api.post("/config/pair/add", { exchange: "kraken", pair: "USD-ADA", settings: {} });
    const { config } = await api.get("/config/full");
    expect(config.pairs.kraken).toEqual({
      "USD-SOL": settings,
      // Without settings, a pair runs the configuration's first strategy (sandbox design).
      "USD-ADA": { strategy: Object.keys(config.strategies)[0], enabled: true, override: {} },
    });
    expect((await api.get("/pairs?exchange=kraken")).pairList).toEqual([
      ...listed.pairList,
      "USD-SOL",
      "USD-ADA",
    ]);
    const detailed = (await api.get("/pairs/detailed?exchange=kraken")).pairList;
    expect(detailed.USD.map((pair: { pairName: string }) => pair.pairName)).toEqual(["USD-SOL", "USD-ADA"]);

    await api.post("/config/pair/remove", { exchange: "kraken", pair: "USD-SOL" });
    expect(Object.keys((await api.get("/config/full")).config.pairs.kraken)).toEqual(["USD-ADA"]);
    expect((await api.get("/pairs?exchange=kraken")).pairList).toEqual([...listed.pairList, "USD-ADA"]);
    expect((await api.get("/pairs/detailed?exchange=kraken")).pairList.USD).toHaveLength(1);
    expect(await api.call("POST", "/config/pair/remove", { exchange: "kraken", pair: "USD-SOL" })).toEqual({
      status: 400,
      body: {
        status: "error",
        message: "Missing or invalid parameter: pair (USD-SOL is not configured on kraken)",
        code: 400,
      },
    });
  });

  it("shows added and removed strategies in config/full", async () => {
    const api = await loggedIn(mock, "config-strategies");
    await api.post("/config/strategy/add", { name: "myStrategy", settings: { BUY_METHOD: "custom" } });
    expect((await api.get("/config/full")).config.strategies.myStrategy).toEqual({ BUY_METHOD: "custom" });
    await api.post("/config/strategy/remove", { name: "myStrategy" });
    expect((await api.get("/config/full")).config.strategies).not.toHaveProperty("myStrategy");
    const again = await api.call("POST", "/config/strategy/remove", { name: "myStrategy" });
    expect(again.body.message).toBe(
      "Missing or invalid parameter: name (no strategy myStrategy in the configuration)",
    );
  });
});

describe("orders", () => {
  it("a market order fills at once: first in the history, and the balances move by its cost", async () => {
    const api = await loggedIn(mock, "market-order");
    const [usdt, xrp] = [await balanceOf(api, "binance", "USDT"), await balanceOf(api, "binance", "XRP")];
    const before = await ordersOf(api);
    expect(await api.post("/trade/buy/market", { data: { ...XRP, amt: 10 } })).toEqual(
      describedExample("gunbot", "post /trade/buy/market", "200", "orderSent"),
    );
    const [bought, ...rest] = await ordersOf(api);
    expect(rest).toEqual(before);
    expect(bought).toMatchObject({ pair: "USDT-XRP", type: "buy", amount: 10, id: expect.any(Number) });
    expect(bought.cost).toBeCloseTo(bought.rate * 10, 8);
    expect((await balanceOf(api, "binance", "USDT")).available).toBeCloseTo(usdt.available - bought.cost, 8);
    expect((await balanceOf(api, "binance", "XRP")).available).toBeCloseTo(xrp.available + 10, 8);

    await api.post("/trade/sell/market", { exch: "binance", pair: "USDT-XRP", amt: 4, price: 3 });
    const [sold] = await ordersOf(api);
    expect(sold).toMatchObject({ type: "sell", rate: 3, amount: 4, cost: 12, id: bought.id + 1 });
    expect((await balanceOf(api, "binance", "XRP")).available).toBeCloseTo(xrp.available + 6, 8);
  });

  it("a limit order waits open, spending nothing, until cancelled by the id the history shows", async () => {
    const api = await loggedIn(mock, "limit-order");
    const balances = await api.post("/balances");
    const btcKey = encodeURIComponent("binance/USDT-BTC");
    const seeded = await ordersOf(api, btcKey);
    const order = { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 };
    await api.post("/trade/buy", { data: order });
    const [open, ...rest] = await ordersOf(api, btcKey);
    expect(open).toMatchObject({ type: "buy", rate: 50000, amount: 1, cost: 50000, id: expect.any(Number) });
    expect(rest).toEqual(seeded);
    expect(await api.post("/balances")).toEqual(balances);

    const cancel = { exch: "binance", pair: "USDT-BTC", id: open.id, price: 50000, type: "limit" };
    expect(await api.post("/trade/cancel", { data: cancel })).toEqual(
      describedExample("gunbot", "post /trade/cancel", "200", "orderSent"),
    );
    expect(await ordersOf(api, btcKey)).toEqual(seeded);
    // A filled order, or one already cancelled, is not open: the exchange refuses the cancel, nothing changes.
    await api.post("/trade/cancel", { data: { ...cancel, id: seeded[0].id } });
    await api.post("/trade/cancel", { data: cancel });
    expect(await ordersOf(api, btcKey)).toEqual(seeded);

    // The document sends the id as text; it names the same order.
    await api.post("/trade/sell/stoplimit", { data: { ...XRP, amt: 5, stopPrice: 3.1, limitPrice: 3 } });
    const [waiting] = await ordersOf(api);
    expect(waiting).toMatchObject({ type: "sell", rate: 3, amount: 5 });
    await api.post("/trade/cancel", { ...XRP, id: String(waiting.id), price: 3, type: "limit" });
    expect(await ordersOf(api)).toEqual([]);
    expect(await api.post("/balances")).toEqual(balances);
  });

  it("a fill the balance cannot cover is sent, and the exchange refuses it", async () => {
    const api = await loggedIn(mock, "short-funds");
    const before = await ordersOf(api);
    const usdt = await balanceOf(api, "binance", "USDT");
    await api.post("/trade/buy/market", { data: { ...XRP, amt: 1, price: usdt.available + 1 } });
    await api.post("/trade/sell/market", {
      data: { ...XRP, amt: (await balanceOf(api, "binance", "XRP")).available + 1 },
    });
    expect(await ordersOf(api)).toEqual(before);
  });

  it("show in pages of one key and of several keys merged, newest first", async () => {
    const api = await loggedIn(mock, "order-pages");
    const btcKey = encodeURIComponent("binance/USDT-BTC");
    const btc = await ordersOf(api, btcKey);
    await api.post("/trade/buy", { data: { ...XRP, amt: 1, price: 1 } });
    await api.post("/trade/buy", { data: { ...XRP, amt: 2, price: 1 } });
    const xrp = await ordersOf(api);
    expect(xrp).toHaveLength(2);

    expect(await api.get(`/orders/page?key=${btcKey}&page=1&pageSize=3`)).toEqual({
      total: btc.length,
      page: 1,
      data: btc.slice(3, 6),
    });
    const merged = [...xrp, ...btc];
    expect(
      await api.get(`/orders/page/multi?keys[]=${XRP_KEY}&keys%5B%5D=${btcKey}&page=0&pageSize=3`),
    ).toEqual({
      total: merged.length,
      totalCount: merged.length,
      page: 0,
      data: merged.slice(0, 3),
    });
    expect((await api.get(`/orders/page?key=${XRP_KEY}&page=5&pageSize=10`)).data).toEqual([]);
  });

  it("orders/day counts today's orders, and closing ones, in the requested timezone", async () => {
    const api = await loggedIn(mock, "orders-day");
    const keys = `keys[]=${XRP_KEY}&keys[]=${encodeURIComponent("bybit/USDT-BTC-LONG")}`;
    const before = await api.get(`/orders/day?timezone=America%2FNew_York&${keys}`);
    expect(before).toEqual(describedExample("gunbot", "get /orders/day", "200", "Empty"));

    await api.post("/trade/buy/market", { data: { ...XRP, amt: 1 } });
    await api.post("/trade/sell/market", { data: { ...XRP, amt: 1 } });
    await api.post("/trade/close/market", { data: { exch: "bybit", pair: "USDT-BTC-LONG", amt: 0.01 } });
    const [latest] = await ordersOf(api);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(latest.time);
    expect(await api.get(`/orders/day?timezone=Asia%2FTokyo&${keys}`)).toEqual({
      days: [today],
      orders: [3],
      closeOrders: [2],
    });
    expect(await api.call("GET", `/orders/day?timezone=Mars%2FOlympus&${keys}`)).toEqual({
      status: 400,
      body: {
        status: "error",
        message: "Missing or invalid parameter: timezone (Mars/Olympus is not an IANA timezone)",
        code: 400,
      },
    });
  });
});

describe("the document's rule: a pair must be cycling on the exchange", () => {
  it("refuses a trade on an exchange with no enabled pair", async () => {
    const api = await loggedIn(mock, "no-cycling-pair");
    const trade = { data: { exch: "kraken", pair: "USD-ETH", amt: 1, price: 2000 } };
    expect(await api.call("POST", "/trade/buy", trade)).toEqual(refusedBecauseNothingCycles);
    await api.post("/config/pair/add", { exchange: "kraken", pair: "USD-BTC", settings: { enabled: false } });
    expect(await api.call("POST", "/trade/buy", trade)).toEqual(refusedBecauseNothingCycles);
    await api.post("/config/pair/add", { exchange: "kraken", pair: "USD-BTC", settings: { enabled: true } });
    expect((await api.call("POST", "/trade/buy", trade)).status).toBe(200);
  });

  it("refuses every trade while the core is stopped, until it starts again", async () => {
    const api = await loggedIn(mock, "system-stop");
    const stopped = await api.post("/system/stop");
    expect(stopped.pairs).toEqual((await api.get("/config/full")).config.pairs);
    const refused = await api.call("POST", "/trade/buy/market", { data: { ...XRP, amt: 1 } });
    expect(refused).toEqual(refusedBecauseNothingCycles);
    expect(refused.body.message).toMatch(/^Gunbot core is stopped/);
    expect(await ordersOf(api)).toEqual([]);

    await api.post("/system/start");
    expect((await api.call("POST", "/trade/buy/market", { data: { ...XRP, amt: 1 } })).status).toBe(200);
    expect(await ordersOf(api)).toHaveLength(1);
  });
});

describe("sandboxes", () => {
  it("two passwords in parallel never see each other's orders or configuration", async () => {
    const [alice, bob] = await Promise.all([loggedIn(mock, "alice"), loggedIn(mock, "bob")]);
    await Promise.all([
      ...[1, 2, 3].map((amt) => alice.post("/trade/buy/market", { data: { ...XRP, amt } })),
      bob.post("/config/pair/add", { exchange: "kraken", pair: "USD-DOT", settings: {} }),
    ]);
    expect(await ordersOf(alice)).toHaveLength(3);
    expect(await ordersOf(bob)).toEqual([]);
    expect((await alice.get("/config/full")).config.pairs).not.toHaveProperty("kraken");
    expect((await bob.get("/config/full")).config.pairs).toHaveProperty("kraken");
  });

  it("documents' tokens share the default sandbox; a reset with a token resets that sandbox only", async () => {
    const documented = gunbotApi(mock, "Bearer YOUR_TOKEN");
    const other = gunbotApi(mock, "Bearer any-other-token");
    const alice = await loggedIn(mock, "alice-reset");
    await documented.post("/trade/buy/market", { data: { ...XRP, amt: 1 } });
    await alice.post("/trade/buy/market", { data: { ...XRP, amt: 1 } });
    expect(await ordersOf(other)).toEqual(await ordersOf(documented));
    expect(await ordersOf(other)).toHaveLength(1);

    const reset = await fetch(mock.resetUrl, {
      method: "POST",
      headers: { authorization: other.authorization },
    });
    expect(await reset.json()).toEqual({ status: "reset", sandboxes: 1 });
    expect(await ordersOf(documented)).toEqual([]);
    expect(await ordersOf(alice)).toHaveLength(1);
  });
});
