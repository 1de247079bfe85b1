import type { SandboxTimings } from "./types.js";

/** How long a sandbox's deferred work takes unless `startMock` or the command line says otherwise. */
export const DEFAULT_TIMINGS: SandboxTimings = { jobSeconds: 6, executorSeconds: 3 };
