import type { ApiName } from "./apis.js";
import type { Description } from "./description.js";
import { gordoBehaviour } from "./gordo/index.js";
import { gunbotBehaviour } from "./gunbot/index.js";
import { createSandboxes, type Sandboxes } from "./sandbox/sandbox.js";
import type { SandboxOptions } from "./sandbox/types.js";

/** The sandboxes of one API, with that API's behaviour. */
export function sandboxesFor(
  api: ApiName,
  description: Description,
  options: SandboxOptions & { readonly log: (line: string) => void },
): Sandboxes {
  return api === "gordo"
    ? createSandboxes(description, gordoBehaviour, options)
    : createSandboxes(description, gunbotBehaviour, options);
}
