import { IdCounter } from "../sandbox/answers.js";
import type { DescribedExamples } from "../sandbox/examples.js";
import { RateCounter } from "../sandbox/rate-limits.js";
import type { TierLimit } from "./account.js";

/*
 * One Gordo sandbox's state: what its resource modules read and change, seeded from the description's examples.
 * Items keep the shapes of the API's schemas; the fields the sandbox itself reads are typed here.
 */

export type Item = Record<string, unknown>;
type Identified = Item & { id: number };

export interface Position extends Identified {
  package_id: number;
  strategy_name: string;
  coin: string;
  side: "long" | "short";
  size: number;
  entry_price: number;
  mark_price?: number | null;
  mode: string;
  opened_at: string;
  status: "open" | "closed";
  closed_at: string | null;
  realized_pnl: number | null;
  signals: Item[];
  fills: Item[];
  /** Set once a flatten signal is waiting for the executor. */
  closing?: true;
}

export interface Strategy extends Item {
  package_id: number;
  state: string;
  risk_assumptions: Item;
  current_position: Item | null;
}

export interface StoredWebhook extends Identified {
  name: string;
  url: string;
  events: string[];
  active: boolean;
  created_at: string;
  /** Never shown after the create call; signs every delivery. */
  secret: string;
  deliveries: Item[];
  /** Deliveries to one webhook go one after the other, in the order of their events. */
  queue: Promise<void>;
}

export interface ResearchJob {
  readonly job_id: string;
  readonly experiment_id: number;
  readonly kind: "backtest" | "optimization";
  readonly request: Item;
  readonly submittedAt: Date;
  readonly fails: boolean;
}

export interface GordoState {
  readonly profile: Item & { tier: string };
  /** The description's rate limit tiers (`x-rate-limit-tiers`). */
  readonly tiers: readonly TierLimit[];
  readonly usage: { total_requests_today: number; total_requests_month: number; keys: Item[] };
  readonly rate: RateCounter;
  positions: Position[];
  orders: (Identified & { fills?: unknown })[];
  fills: Identified[];
  signals: Identified[];
  /** Signal details (metadata, strategy context) by id, where the seed has them. */
  readonly signalDetails: Map<number, Item>;
  strategies: Strategy[];
  /** Promotions and rollbacks of every strategy, newest first. */
  deployments: Identified[];
  trades: Item[];
  notes: Identified[];
  readonly risk: Item & { kill_switch_active: boolean };
  riskEvents: Identified[];
  jobs: ResearchJob[];
  experiments: Identified[];
  /** Experiment details by id: the seed's, and those of the jobs submitted here. */
  readonly experimentDetails: Map<number, Item>;
  /** Results of finished backtests, by job id; the seed's results answer for the seed's job. */
  readonly backtestResults: Map<string, Item>;
  /** The description's example results and optimization, whose figures a completed job reports. */
  readonly exampleResults: Item;
  readonly exampleExperiment: Item | undefined;
  webhooks: StoredWebhook[];
  readonly ids: Readonly<
    Record<
      | "note"
      | "webhook"
      | "delivery"
      | "signal"
      | "order"
      | "fill"
      | "riskEvent"
      | "experiment"
      | "position"
      | "deployment",
      IdCounter
    >
  >;
}

export function seedGordoState(examples: DescribedExamples): GordoState {
  const positionDetail = (examples.response("getPosition") ?? {}) as Item;
  const openPosition: Item = { status: "open", closed_at: null, realized_pnl: null, signals: [], fills: [] };
  const positions = examples.list<Identified>("listPositions").map(
    (position) =>
      ({
        ...openPosition,
        ...(position.id === positionDetail.id ? positionDetail : {}),
        ...position,
      }) as Position,
  );
  const strategyDetail = (examples.response("getStrategy") ?? {}) as Item;
  const strategies = examples.list<Strategy>("listStrategies").map((strategy) => ({
    ...(strategy.package_id === strategyDetail.package_id ? strategyDetail : {}),
    ...strategy,
  }));
  const deployments = examples.list<Identified>("listDeployments");
  const signals = examples.list<Identified>("listSignals");
  const signalDetail = examples.response("getSignal") as Identified | undefined;
  const orders = examples.list<Identified>("listOrders");
  const fills = examples.list<Identified>("listFills");
  const notes = examples.list<Identified>("listNotes");
  const riskEvents = examples.list<Identified>("listRiskEvents");
  const experiments = examples.list<Identified>("listExperiments");
  const deliveries = examples.list<Identified>("listWebhookDeliveries");
  const webhooks = examples.list<Identified>("listWebhooks").map(
    (webhook, index): StoredWebhook => ({
      ...(webhook as StoredWebhook),
      // The seeded webhooks' secrets were shown once, long ago: nobody knows them.
      secret: newSecret(),
      deliveries: index === 0 ? deliveries : [],
      queue: Promise.resolve(),
    }),
  );
  const results = examples.response("getBacktestResults") as Item | undefined;
  const experimentDetail = examples.response("getExperiment") as Identified | undefined;
  const usage = (examples.response("getAccountUsage") ?? {
    total_requests_today: 0,
    total_requests_month: 0,
    keys: [],
  }) as GordoState["usage"];
  return {
    tiers: (examples.infoExtension("x-rate-limit-tiers") ?? []) as TierLimit[],
    profile: (examples.response("getAccountProfile") ?? { tier: "free" }) as GordoState["profile"],
    usage,
    rate: new RateCounter(),
    positions,
    orders,
    fills,
    signals,
    signalDetails: new Map(signalDetail ? [[signalDetail.id, signalDetail]] : []),
    strategies,
    deployments,
    trades: examples.list("listTrades"),
    notes,
    risk: (examples.response("getRiskStatus") ?? { kill_switch_active: false }) as GordoState["risk"],
    riskEvents,
    jobs: [],
    experiments,
    experimentDetails: new Map(experimentDetail ? [[experimentDetail.id, experimentDetail]] : []),
    backtestResults: new Map(results ? [[String(results.job_id), results]] : []),
    exampleResults: results ?? {},
    exampleExperiment: experimentDetail,
    webhooks,
    ids: {
      note: new IdCounter(notes),
      webhook: new IdCounter(webhooks),
      delivery: new IdCounter(deliveries),
      signal: new IdCounter(
        signals,
        positions.flatMap((position) => position.signals as Identified[]),
      ),
      order: new IdCounter(orders),
      fill: new IdCounter(
        fills,
        positions.flatMap((position) => position.fills as Identified[]),
      ),
      riskEvent: new IdCounter(riskEvents),
      experiment: new IdCounter(experiments, experimentDetail ? [experimentDetail] : []),
      position: new IdCounter(positions),
      deployment: new IdCounter(
        deployments,
        strategies.flatMap((strategy) => (strategy.promotion_history ?? []) as Identified[]),
      ),
    },
  };
}

export function newSecret(): string {
  return `whsec_${crypto.randomUUID().replaceAll("-", "")}`;
}
