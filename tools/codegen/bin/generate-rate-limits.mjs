#!/usr/bin/env node
import { generatorArguments, writeGenerated } from "../src/generator-cli.mjs";
// Writes a client's src/generated/rate-limits.ts from its bundled description's `info.x-rate-limit-tiers`: the
// requests per minute and per day of each subscription tier. Usage: generate-rate-limits <bundle.json> <output.ts>
import { rateLimitTiers } from "../src/rate-limit-tiers.mjs";

const { bundle, bundlePath, outputPath, fail } = generatorArguments(
  "usage: generate-rate-limits <bundle.json> <output.ts>",
);
const tiers = rateLimitTiers(bundle, fail);
const entries = Object.entries(tiers).map(
  ([tier, { perMinute, perDay }]) =>
    `  ${JSON.stringify(tier)}: { perMinute: ${perMinute}, perDay: ${perDay} },`,
);
writeGenerated(
  outputPath,
  [
    `// Generated from ${bundlePath} by generate-rate-limits (@tradespec/codegen). Do not edit.`,
    "",
    "/** Requests per minute and per day for each subscription tier, from the description's `x-rate-limit-tiers`. */",
    "export const rateLimitTiers = {",
    ...entries,
    "} as const;",
    "",
  ],
  `${entries.length} rate-limit tiers`,
);
