import type { DescribedExamples } from "../sandbox/examples.js";

/** One Gunbot sandbox's state. */
export type GunbotState = Record<string, never>;

export function seedGunbotState(_examples: DescribedExamples): GunbotState {
  return {};
}
