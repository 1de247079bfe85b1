// One run of the lean load generator (lib/lean-load.js), in a process of its own: its heap holds nothing but the
// run, so that its garbage collector pauses as little as it can. Its argument is JSON,
// { origin, seconds, warmupSeconds, requests }; it prints one JSON line of load figures.
import { applyLeanLoad } from "../lib/lean-load.js";

const { origin, ...options } = JSON.parse(process.argv[2] ?? "{}");
process.stdout.write(`${JSON.stringify(await applyLeanLoad(origin, options))}\n`);
