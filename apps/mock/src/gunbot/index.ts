import type { IncomingHttpHeaders } from "node:http";
import type { ApiBehaviour } from "../sandbox/types.js";
import { type GunbotState, seedGunbotState } from "./state.js";

/** The Gunbot REST API's sandbox behaviour: its resource modules over one GunbotState per credential. */
export const gunbotBehaviour: ApiBehaviour<GunbotState> = {
  // Every bearer token shares the default sandbox until logins issue tokens of their own.
  sandboxKey: () => undefined,
  carriesCredential: (headers: Readonly<IncomingHttpHeaders>) => headers.authorization !== undefined,
  createState: seedGunbotState,
  resources: [],
};
