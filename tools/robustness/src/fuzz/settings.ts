/** Runs per API; `pnpm fuzz` sets FUZZ_RUNS=5000, the default keeps `pnpm test` quick on two cores. */
export const DEFAULT_RUNS = 200;
/** The seed used unless FUZZ_SEED says otherwise, so that every default run sends the same requests. */
export const DEFAULT_SEED = 20240611;

export interface FuzzSettings {
  runs: number;
  seed: number;
}

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  return {
    runs: wholeNumber(env.FUZZ_RUNS, "FUZZ_RUNS", DEFAULT_RUNS),
    seed: wholeNumber(env.FUZZ_SEED, "FUZZ_SEED", DEFAULT_SEED),
  };
}

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${text}"`);
  return value;
}
