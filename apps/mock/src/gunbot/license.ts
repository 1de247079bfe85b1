import { ok } from "../sandbox/answers.js";
import type { ResourceModule } from "../sandbox/types.js";
import { invalidParameter } from "./errors.js";
import type { GunbotState, Item } from "./state.js";

interface LicenseKeysEdit {
  wallet: string;
  newLicenses: Record<string, Item>;
  verifyExchange: string;
}

/**
 * License keys: `newLicenses` holds `config.exchanges` entries with the key changes applied; each entry sent
 * replaces that exchange's entry, so the new keys show in `config/full` (and, without them, in the system answers).
 */
export const license: ResourceModule<GunbotState> = {
  editLicenseKeys: ({ state, body }) => {
    const { newLicenses, verifyExchange } = body as LicenseKeysEdit;
    const exchanges = state.config.exchanges ?? {};
    if (!exchanges[verifyExchange]) {
      return invalidParameter("verifyExchange", `no exchange ${verifyExchange} in the configuration`);
    }
    state.config.exchanges = { ...exchanges, ...newLicenses };
    return ok(state.answers.success);
  },
};
