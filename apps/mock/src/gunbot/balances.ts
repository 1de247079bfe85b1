import { ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import type { Balance, GunbotState } from "./state.js";

const AVAILABLE = "Available Qty";

/** Balances per exchange and asset, moved by fills. */
export const balances: ResourceModule<GunbotState> = {
  listBalances: ({ state }) => ok(state.balances),
};

/** A number as a decimal string without exponent (`2.162e-5` is `0.00002162`). */
export function decimal(value: number, digits = 8): string {
  return value.toFixed(digits);
}

export function available(state: GunbotState, exchange: string, asset: string): number {
  return Number(findBalance(state, exchange, asset)?.[AVAILABLE] ?? 0);
}

/** Adds `amount` (negative to take) to the available quantity of an asset. */
export function credit(state: GunbotState, exchange: string, asset: string, amount: number): void {
  const balance = balanceOf(state, exchange, asset);
  balance[AVAILABLE] = decimal(Number(balance[AVAILABLE]) + amount);
}

const findBalance = (state: GunbotState, exchange: string, asset: string) =>
  state.balances.find((row) => row.Exchange === exchange && row.Asset === asset);

function balanceOf(state: GunbotState, exchange: string, asset: string): Balance {
  let balance = findBalance(state, exchange, asset);
  if (!balance) {
    balance = { Asset: asset, Exchange: exchange, [AVAILABLE]: decimal(0), "On Order": decimal(0) };
    state.balances.push(balance);
  }
  return balance;
}
