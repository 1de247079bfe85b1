#!/usr/bin/env node
import readChangesets from "@changesets/read";
import { changelogGroups } from "../src/changelog.js";
import { classifyClients, readChanges, writeChanges } from "../src/classify.js";
import { REPO_ROOT } from "../src/clients.js";
import { advanceBaselines } from "../src/release.js";
import { formatVerdicts, judge } from "../src/verdict.js";

const USAGE = `usage: tradespec-breaking classify | check | release
  classify  compare each client's bundle and declarations with its released baseline (writes dist/changes.json)
  check     fail unless the pending changesets give each client the bump its changes need
  release   after \`changeset version\`: add the changes to the changelogs and advance the baselines`;

const command = process.argv[2];
try {
  if (command === "classify") {
    const clients = await classifyClients();
    await writeChanges(clients.map((client) => ({ ...client, changelog: changelogGroups(client.changes) })));
    for (const client of clients)
      console.log(`${client.packageName}: ${client.changes.length} changes since ${client.releasedVersion}`);
  } else if (command === "check") {
    const verdicts = judge(await readChanges(), await readChangesets(REPO_ROOT));
    console.log(formatVerdicts(verdicts));
    if (verdicts.some((verdict) => !verdict.ok)) process.exitCode = 1;
  } else if (command === "release") {
    const released = await advanceBaselines(await readChanges());
    console.log(
      released.length > 0 ? `New baselines: ${released.join(", ")}` : "No client got a new version.",
    );
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
