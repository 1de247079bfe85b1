import type { IncomingHttpHeaders } from "node:http";
import type { ApiBehaviour } from "../sandbox/types.js";
import { account, countRequest } from "./account.js";
import { gordoEventTriggers } from "./event-triggers.js";
import { notes } from "./notes.js";
import { positions } from "./positions.js";
import { research } from "./research.js";
import { risk } from "./risk.js";
import { type GordoState, seedGordoState } from "./state.js";
import { strategies } from "./strategies.js";
import { trading } from "./trading.js";
import { webhooks } from "./webhooks.js";

const API_KEY_HEADER = "x-api-key";

/** The Gordo Trader API's sandbox behaviour: one GordoState per API key. */
export const gordoBehaviour: ApiBehaviour<GordoState> = {
  sandboxKey: (headers: Readonly<IncomingHttpHeaders>) => firstValue(headers[API_KEY_HEADER]),
  carriesCredential: (headers) => headers[API_KEY_HEADER] !== undefined,
  createState: seedGordoState,
  resources: [account, notes, positions, research, risk, strategies, trading, webhooks],
  beforeEach: (call) => countRequest(call, call.state.tiers),
  eventTriggers: gordoEventTriggers,
};

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
