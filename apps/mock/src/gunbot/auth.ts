import { ok } from "../sandbox/answers.js";
import { issueSandboxToken } from "../sandbox/tokens.js";
import type { ResourceModule } from "../sandbox/types.js";
import type { GunbotState } from "./state.js";

/** Logging in issues a token for the password's own sandbox: two passwords never see each other's state. */
export const auth: ResourceModule<GunbotState> = {
  loginWithPassword: ({ body, sandbox }) =>
    ok({
      status: "success",
      token: issueSandboxToken((body as { password: string }).password, sandbox.now()),
    }),
};
