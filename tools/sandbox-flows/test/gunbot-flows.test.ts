import { createGunbotClient, type GunbotClient, login } from "@tradespec/gunbot";
import { type Mock, startMock } from "@tradespec/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, sandbox: true, log: () => {} });
});
afterAll(() => mock?.close());

/** A client logged in with a password of its own, so with a sandbox of its own. */
async function client(password: string): Promise<GunbotClient> {
  const gunbot = createGunbotClient({ baseUrl: mock.baseUrl, timeoutMs: 30_000 });
  await login(gunbot, { encryptedPassword: `ENC:${btoa(password.padEnd(16, "!"))}` });
  return gunbot;
}

/** The data of a call that must succeed. */
async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw new Error(`HTTP ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

const XRP = { exch: "binance", pair: "USDT-XRP" } as const;
const history = async (gunbot: GunbotClient) =>
  (await data(gunbot.GET("/orders", { params: { query: { key: "binance/USDT-XRP" } } }))).data;
async function balance(gunbot: GunbotClient, asset: string) {
  const row = (await data(gunbot.POST("/balances"))).find(
    (one) => one.Exchange === "binance" && one.Asset === asset,
  );
  return { available: Number(row?.["Available Qty"] ?? 0), onOrder: Number(row?.["On Order"] ?? 0) };
}

describe("through the typed client", () => {
  it("a pair and a strategy added show in the configuration and the exchange's pairs", async () => {
    const gunbot = await client("flow-config");
    await data(
      gunbot.POST("/config/strategy/add", { body: { name: "flowStrategy", settings: { PERIOD: 5 } } }),
    );
    const settings = { strategy: "flowStrategy", enabled: true, override: {} };
    await data(
      gunbot.POST("/config/pair/add", { body: { exchange: "binance", pair: "USDT-SOL", settings } }),
    );
    const { config } = await data(gunbot.GET("/config/full"));
    expect(config.strategies?.flowStrategy).toEqual({ PERIOD: 5 });
    expect(config.pairs?.binance?.["USDT-SOL"]).toEqual(settings);
    const query = { params: { query: { exchange: "binance" } } };
    expect((await data(gunbot.GET("/pairs", query))).pairList).toContain("USDT-SOL");
    expect((await data(gunbot.GET("/pairs/detailed", query))).pairList.USDT).toContainEqual(
      expect.objectContaining({ pairName: "USDT-SOL" }),
    );
  });

  it("a limit order placed is cancelled by the id read from the order history", async () => {
    const gunbot = await client("flow-cancel");
    const key = { params: { query: { key: "binance/USDT-BTC" } } };
    const seeded = (await data(gunbot.GET("/orders", key))).data;
    const order = { exch: "binance", pair: "USDT-BTC", amt: 1, price: 50000 };
    await data(gunbot.POST("/trade/buy", { body: { data: order } }));
    const [placed] = (await data(gunbot.GET("/orders", key))).data;
    expect(placed).toMatchObject({ pair: "USDT-BTC", type: "buy", amount: 1, rate: 50000 });

    const cancel = {
      exch: "binance",
      pair: "USDT-BTC",
      id: placed?.id ?? "",
      price: 50000,
      type: "limit",
    } as const;
    await data(gunbot.POST("/trade/cancel", { body: { data: cancel } }));
    expect((await data(gunbot.GET("/orders", key))).data).toEqual(seeded);
  });

  it("a market order fills at once, in every order view and in the balances", async () => {
    const gunbot = await client("flow-market");
    const xrp = await balance(gunbot, "XRP");
    await data(gunbot.POST("/trade/buy/market", { body: { ...XRP, amt: 5 } }));
    const [filled] = await history(gunbot);
    expect(filled).toMatchObject({ pair: "USDT-XRP", type: "buy", amount: 5 });
    expect((await balance(gunbot, "XRP")).available).toBeCloseTo(xrp.available + 5, 8);

    const keys = ["binance/USDT-XRP", "binance/USDT-BTC"];
    const page = { page: 0, pageSize: 1 };
    expect(
      await data(gunbot.GET("/orders/page", { params: { query: { key: keys[0] ?? "", ...page } } })),
    ).toEqual({ total: 1, page: 0, data: [filled] });
    const multi = await data(
      gunbot.GET("/orders/page/multi", { params: { query: { "keys[]": keys, ...page } } }),
    );
    expect(multi.data).toEqual([filled]);
    const day = await data(
      gunbot.GET("/orders/day", { params: { query: { timezone: "UTC", "keys[]": keys } } }),
    );
    expect(day).toEqual({
      days: [new Date(filled?.time ?? 0).toISOString().slice(0, 10)],
      orders: [1],
      closeOrders: [0],
    });
  });

  it("no order is placed while the core is stopped", async () => {
    const gunbot = await client("flow-system");
    await data(gunbot.POST("/system/stop"));
    const refused = await gunbot.POST("/trade/sell/market", { body: { ...XRP, amt: 1 } });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.message).toMatch(/^Gunbot core is stopped/);
    await data(gunbot.POST("/system/start"));
    await data(gunbot.POST("/trade/sell/market", { body: { ...XRP, amt: 1 } }));
    expect(await history(gunbot)).toHaveLength(1);
  });

  it("the vendor application's flow: a strategy file written, its strategy and pair added, all read back", async () => {
    const gunbot = await client("flow-strategy-file");
    const source = "// flow strategy\n";
    await data(
      gunbot.POST("/files/strategy/write", { body: { filename: "flow_strategy.js", document: source } }),
    );
    await data(gunbot.POST("/config/strategy/add", { body: { name: "flow_strategy", settings: {} } }));
    const override = { BUY_METHOD: "custom", STRAT_FILENAME: "flow_strategy.js" };
    const settings = { strategy: "flow_strategy", enabled: true, override };
    await data(
      gunbot.POST("/config/pair/add", { body: { pair: "USDT-ETH", exchange: "binance", settings } }),
    );

    expect((await data(gunbot.GET("/files/strategy"))).result).toContain("flow_strategy.js");
    expect(await data(gunbot.POST("/files/strategy/get", { body: { filename: "flow_strategy.js" } }))).toBe(
      source,
    );
    const snapshot = await data(
      gunbot.POST("/coremem/single", { body: { exchange: "binance", pair: "USDT-ETH" } }),
    );
    expect(snapshot.config?.binance?.["USDT-ETH"]).toEqual(settings);

    await data(gunbot.POST("/files/strategy/delete", { body: { filename: "flow_strategy.js" } }));
    const gone = await gunbot.POST("/files/strategy/get", { body: { filename: "flow_strategy.js" } });
    expect(gone.error).toEqual({
      status: "error",
      message: "Missing or invalid parameter: filename (no strategy file flow_strategy.js)",
      code: 400,
    });
  });

  it("the custom editor's document and the AutoConfig file read back", async () => {
    const gunbot = await client("flow-editor");
    await data(gunbot.POST("/files/custom-editor/write", { body: { document: { rsi: 30 } } }));
    expect(await data(gunbot.POST("/files/custom-editor/get"))).toEqual({ rsi: 30 });
    const seeded = (await data(gunbot.POST("/files/backup"))).result;
    const document = { scanner: { pairs: {}, filters: {}, overrides: {} } };
    await data(gunbot.POST("/files/autoconfig/write", { body: { document } }));
    const [backup = ""] = (await data(gunbot.POST("/files/backup"))).result.filter(
      (name) => !seeded.includes(name),
    );
    expect(await data(gunbot.POST("/files/backup/get", { body: { filename: backup } }))).toEqual(document);
  });

  it("two passwords in parallel never see each other's orders", async () => {
    const [alice, bob] = await Promise.all([client("flow-alice"), client("flow-bob")]);
    await Promise.all([
      data(alice.POST("/trade/buy/market", { body: { ...XRP, amt: 1 } })),
      data(bob.POST("/trade/buy/market", { body: { ...XRP, amt: 2 } })),
      data(bob.POST("/trade/buy/market", { body: { ...XRP, amt: 3 } })),
    ]);
    expect((await history(alice)).map((order) => order.amount)).toEqual([1]);
    expect((await history(bob)).map((order) => order.amount).sort()).toEqual([2, 3]);
  });
});
