import { defineConfig } from "vitest/config";

// One Redocly CLI run lints every fixture; on a loaded machine it may take a while, so the hook waits for it.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], hookTimeout: 0 } });
