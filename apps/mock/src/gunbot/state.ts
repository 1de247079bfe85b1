import { IdCounter } from "../sandbox/answers.js";
import type { DescribedExamples } from "../sandbox/examples.js";
import { ORDER_KINDS } from "./order-kinds.js";

/*
 * One Gunbot sandbox's state: what its resource modules read and change, seeded from the description's examples.
 * Items keep the shapes of the API's schemas; the fields the sandbox itself reads are typed here.
 */

export type Item = Record<string, unknown>;

export interface PairConfig extends Item {
  strategy: string;
  enabled: boolean;
}

export type ConfiguredPairs = Record<string, Record<string, PairConfig>>;

/** `config.js`: pairs per exchange and pair; the other sections pass through. */
export interface GunbotConfig extends Item {
  pairs?: ConfiguredPairs;
  strategies?: Record<string, Item>;
  exchanges?: Record<string, Item>;
}

/** An order of the local history (`GET /orders`), as the schema `Order` describes it. */
export interface Order extends Item {
  time: number;
  pair: string;
  type: "buy" | "sell";
  rate: number;
  amount: number;
  id: number | string;
  cost: number;
}

export interface StoredOrder {
  /** The trading key, `exchange/pair`. */
  readonly key: string;
  readonly order: Order;
  /** Whether the order waits on the exchange (until cancelled) rather than filled. */
  readonly open: boolean;
  /** Closes a futures position (`trade/close`): counted in `closeOrders` by `orders/day`. */
  readonly closes: boolean;
}

/** One row of `POST /balances`; quantities are decimal strings, as the bot sends them. */
export interface Balance extends Item {
  Asset: string;
  Exchange: string;
  "Available Qty": string;
  "On Order": string;
}

/** The file folders the API lists and reads; a file whose content the seed does not know holds `undefined`. */
export type FileFolder = "strategy" | "backup" | "acvar" | "state";

export interface GunbotState {
  config: GunbotConfig;
  /** Whether Gunbot core runs (`system/start`, `system/stop`); the sandbox starts with it running. */
  core: { running: boolean };
  /** Every order placed or seeded, newest first. */
  orders: StoredOrder[];
  balances: Balance[];
  /** The last price of each market (`USDT-BTC`), as the core last saw it on any exchange. */
  readonly prices: Map<string, number>;
  /** Core memory per trading key, as the description's `/coremem` example shows it. */
  readonly memory: Record<string, Item>;
  /** The exchanges' markets as `/pairs` and `/pairs/detailed` show them, besides the pairs configured. */
  readonly markets: { readonly pairList: readonly string[]; readonly detailed: Record<string, Item[]> };
  readonly files: Record<FileFolder, Map<string, unknown>>;
  /** The custom strategy editor's document (`/files/custom-editor/*`). */
  customEditor: unknown;
  /** The bot's answers that carry no state: `{"status": "success", "message": "Order sent"}` and the like. */
  readonly answers: { readonly orderSent: Item; readonly success: Item };
  readonly ids: { readonly order: IdCounter };
}

export function seedGunbotState(examples: DescribedExamples): GunbotState {
  const coreMemory = (examples.response("getCoreMemory") ?? {}) as {
    config?: Item;
    memory?: Record<string, Item>;
  };
  const config = seedConfig(examples, coreMemory.config ?? {});
  // The history's orders are those the document's cancel example refers to: of its exchange.
  const historyExchange = tradeFields(examples.request("cancelOrder"))?.exch ?? "";
  const orders = (examples.response("listOrders") as { data?: Order[] } | undefined)?.data ?? [];
  const memory = coreMemory.memory ?? {};
  const pairs = (examples.response("listPairs") ?? { pairList: [] }) as { pairList: string[] };
  const detailed = (examples.response("listPairsDetailed") ?? { pairList: {} }) as {
    pairList: Record<string, Item[]>;
  };
  return {
    config,
    core: { running: true },
    orders: orders.map((order) => ({
      key: `${historyExchange}/${order.pair}`,
      order,
      open: false,
      closes: false,
    })),
    balances: examples.list<Balance>("listBalances"),
    prices: seedPrices(orders, memory),
    memory,
    markets: { pairList: pairs.pairList, detailed: detailed.pairList },
    files: {
      strategy: seedFolder(examples, "listStrategyFiles", "getStrategyFile"),
      backup: seedFolder(examples, "listBackupFiles", "getBackupFile"),
      acvar: seedFolder(examples, "listAutoconfigVariableFiles", "getAutoconfigVariableFile"),
      state: seedFolder(examples, "listStateFiles", "getStateFile"),
    },
    customEditor: examples.response("getCustomEditorFile") ?? {},
    answers: {
      orderSent: (examples.response("placeLimitBuyOrder") ?? {}) as Item,
      success: (examples.response("addConfigPair") ?? {}) as Item,
    },
    ids: { order: new IdCounter(orders) },
  };
}

/**
 * The configuration of the system answers (the richest example), with the pairs of `/config/full` and of the core
 * memory example; every exchange a trade example trades on gets the example's pair, so that the document's trade
 * calls find a pair cycling on their exchange, and the strategy the remove example removes is there to remove.
 */
function seedConfig(examples: DescribedExamples, coreMemoryConfig: Item): GunbotConfig {
  const system = (examples.response("startSystem") ?? {}) as Item;
  const full = ((examples.response("getConfig") as { config?: Item } | undefined)?.config ?? {}) as Item;
  const pairs: ConfiguredPairs = {};
  const config: GunbotConfig = { ...system, ...full, pairs };
  for (const source of [full.pairs, system.pairs, coreMemoryConfig]) {
    for (const [exchange, seeded] of Object.entries((source ?? {}) as ConfiguredPairs)) {
      pairs[exchange] = { ...seeded, ...pairs[exchange] };
    }
  }
  for (const operationId of [...Object.keys(ORDER_KINDS), "cancelOrder"]) {
    const trade = tradeFields(examples.request(operationId));
    if (!trade || Object.keys(pairs[trade.exch] ?? {}).length > 0) continue;
    pairs[trade.exch] = { [trade.pair]: { strategy: defaultStrategy(config), enabled: true, override: {} } };
  }
  const removed = examples.request("removeConfigStrategy") as { name?: string } | undefined;
  if (removed?.name !== undefined) {
    config.strategies = { ...config.strategies };
    config.strategies[removed.name] ??= {};
  }
  return config;
}

/**
 * A folder: the files its list example names, whose contents the description does not show, and the file its read
 * example asks for, holding that example's answer (so that the document's read call finds it).
 */
function seedFolder(examples: DescribedExamples, list: string, read: string): Map<string, unknown> {
  const listed = (examples.response(list) as { result?: string[] } | undefined)?.result ?? [];
  const folder = new Map<string, unknown>(listed.map((name) => [name, undefined]));
  const asked = examples.request(read) as { filename?: string } | undefined;
  if (asked?.filename !== undefined) folder.set(asked.filename, examples.response(read));
  return folder;
}

/** The strategy a pair added without one runs: the configuration's first strategy (sandbox design). */
export function defaultStrategy(config: GunbotConfig): string {
  const configured = Object.values(config.pairs ?? {}).flatMap((pairs) => Object.values(pairs));
  return Object.keys(config.strategies ?? {})[0] ?? configured[0]?.strategy ?? "";
}

/** The newest fill of each market in the history, else the best bid in core memory. */
function seedPrices(orders: readonly Order[], memory: Record<string, Item>): Map<string, number> {
  const prices = new Map<string, number>();
  for (const [key, pairMemory] of Object.entries(memory)) {
    if (typeof pairMemory.Bid === "number") prices.set(marketOf(key.split("/")[1] ?? ""), pairMemory.Bid);
  }
  for (const order of [...orders].reverse()) prices.set(marketOf(order.pair), order.rate);
  return prices;
}

/** `USDT-BTC-LONG` (a futures position) trades the market `USDT-BTC`. */
export function marketOf(pair: string): string {
  return pair.split("-").slice(0, 2).join("-");
}

export interface TradeFields {
  exch: string;
  pair: string;
  amt?: number;
  price?: number;
  stopPrice?: number;
  limitPrice?: number;
  limit?: number;
  id?: string | number;
  type?: string;
}

/** A trade body's fields, sent wrapped in `data` (the document) or flat (the vendor's SDK). */
export function tradeFields(body: unknown): TradeFields | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const fields = "data" in body ? (body as { data: unknown }).data : body;
  return fields as TradeFields;
}
