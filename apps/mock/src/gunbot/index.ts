import type { IncomingHttpHeaders } from "node:http";
import { sandboxOfBearer } from "../sandbox/tokens.js";
import type { ApiBehaviour } from "../sandbox/types.js";
import { auth } from "./auth.js";
import { type GunbotState, seedGunbotState } from "./state.js";

/**
 * The Gunbot REST API's sandbox behaviour: one GunbotState per password (the token its login returns names it);
 * any other bearer token shares the default sandbox.
 */
export const gunbotBehaviour: ApiBehaviour<GunbotState> = {
  sandboxKey: (headers: Readonly<IncomingHttpHeaders>) => sandboxOfBearer(headers.authorization),
  carriesCredential: (headers: Readonly<IncomingHttpHeaders>) => headers.authorization !== undefined,
  createState: seedGunbotState,
  resources: [auth],
};
