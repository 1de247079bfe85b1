import type { IncomingHttpHeaders } from "node:http";
import { sandboxOfBearer } from "../sandbox/tokens.js";
import type { ApiBehaviour } from "../sandbox/types.js";
import { auth } from "./auth.js";
import { balances } from "./balances.js";
import { config } from "./config.js";
import { coremem } from "./coremem.js";
import { files } from "./files.js";
import { license } from "./license.js";
import { orders } from "./orders.js";
import { pairs } from "./pairs.js";
import { type GunbotState, seedGunbotState } from "./state.js";
import { system } from "./system.js";
import { trades } from "./trades.js";

/**
 * The Gunbot REST API's sandbox behaviour: one GunbotState per password (the token its login returns names it);
 * any other bearer token shares the default sandbox.
 */
export const gunbotBehaviour: ApiBehaviour<GunbotState> = {
  sandboxKey: (headers: Readonly<IncomingHttpHeaders>) => sandboxOfBearer(headers.authorization),
  carriesCredential: (headers: Readonly<IncomingHttpHeaders>) => headers.authorization !== undefined,
  createState: seedGunbotState,
  resources: [auth, balances, config, coremem, files, license, orders, pairs, system, trades],
};
