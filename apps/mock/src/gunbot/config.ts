import { ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import { invalidParameter } from "./errors.js";
import { defaultStrategy, type GunbotState, type Item } from "./state.js";

interface PairRequest {
  pair: string;
  exchange: string;
  settings?: Item;
}

interface StrategyRequest {
  name: string;
  settings?: Item;
}

/** `config.js`: replaced whole by `config/update`; pairs and strategies added and removed one at a time. */
export const config: ResourceModule<GunbotState> = {
  getConfig: ({ state }) => ok({ status: "success", config: state.config }),

  updateConfig: ({ state, body }) => {
    const data = (body as { data: Item }).data;
    state.config = data;
    return ok({ status: "success", config: state.config });
  },

  addConfigPair: ({ state, body }) => {
    const { pair, exchange, settings } = body as PairRequest;
    state.config.pairs ??= {};
    state.config.pairs[exchange] ??= {};
    state.config.pairs[exchange][pair] = {
      strategy: defaultStrategy(state.config),
      enabled: true,
      override: {},
      ...settings,
    };
    return ok(state.answers.success);
  },

  removeConfigPair: ({ state, body }) => {
    const { pair, exchange } = body as PairRequest;
    const pairs = state.config.pairs?.[exchange];
    if (!pairs?.[pair]) return invalidParameter("pair", `${pair} is not configured on ${exchange}`);
    delete pairs[pair];
    return ok(state.answers.success);
  },

  addConfigStrategy: ({ state, body }) => {
    const { name, settings } = body as StrategyRequest;
    state.config.strategies = { ...state.config.strategies, [name]: settings ?? {} };
    return ok(state.answers.success);
  },

  removeConfigStrategy: ({ state, body }) => {
    const { name } = body as StrategyRequest;
    if (!state.config.strategies?.[name])
      return invalidParameter("name", `no strategy ${name} in the configuration`);
    delete state.config.strategies[name];
    return ok(state.answers.success);
  },
};
