import { parseArgs } from "node:util";
import { apiProfiles } from "./apis.js";
import { DEFAULT_TIMINGS } from "./sandbox/timings.js";

export const USAGE = `Usage:
  tradespec-mock [options]                                   mock both APIs
  tradespec-mock webhook <event> --to <url> --secret <s>     send a signed Gordo webhook

Options:
  --gordo-port <n>          Gordo's port (default $TRADESPEC_GORDO_PORT, else ${apiProfiles.gordo.defaultPort})
  --gunbot-port <n>         Gunbot's port (default $TRADESPEC_GUNBOT_PORT, else ${apiProfiles.gunbot.defaultPort})
  --host <host>             interface to listen on (default 127.0.0.1)
  --stateless               answer with the descriptions' examples only, keeping no state
  --job-seconds <s>         how long a research job runs (default ${DEFAULT_TIMINGS.jobSeconds})
  --executor-seconds <s>    how long until the executor acts on a signal (default ${DEFAULT_TIMINGS.executorSeconds})
  --rate-limits             apply the documented rate limits per API key (429 with Retry-After)
  --webhooks-to-any-host    deliver webhooks to any host, not only to loopback addresses
  --dynamic                 generate responses from the schemas instead of the examples
  --seed <n>                make --dynamic data repeatable
  --verbose                 log every request
  --watch                   reload a mock when its description bundle changes
  --help                    show this help

A port of 0 picks a free one. The ready line shows each API's base URL.`;

export type Command =
  | { kind: "help" }
  | {
      kind: "serve";
      gordoPort: number;
      gunbotPort: number;
      host: string;
      dynamic: boolean;
      seed: string | undefined;
      verbose: boolean;
      watch: boolean;
      stateless: boolean;
      jobSeconds: number | undefined;
      executorSeconds: number | undefined;
      rateLimits: boolean;
      webhooksToAnyHost: boolean;
    }
  | { kind: "webhook"; event: string | undefined; to: string; secret: string };

/** A mistake on the command line: the message says which argument and what was expected. */
export class UsageError extends Error {}

/** `env` supplies the ports a flag does not give (TRADESPEC_GORDO_PORT, TRADESPEC_GUNBOT_PORT). */
export function parseCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: "help" };
  const [command, ...rest] = positionals;
  if (command === "webhook") {
    if (rest.length > 1) throw new UsageError(`Unexpected arguments: ${rest.slice(1).join(" ")}`);
    if (!values.to) throw new UsageError("webhook needs --to <url>, the receiver's URL.");
    if (values.secret === undefined)
      throw new UsageError("webhook needs --secret <s>, the webhook's HMAC secret.");
    return { kind: "webhook", event: rest[0], to: values.to, secret: values.secret };
  }
  if (command !== undefined)
    throw new UsageError(`Unknown command "${command}": expected none or "webhook".`);
  if (values.seed !== undefined && !/^\d+$/.test(values.seed)) {
    throw new UsageError(`Invalid --seed "${values.seed}": expected a whole number.`);
  }
  return {
    kind: "serve",
    gordoPort: portSetting(
      values["gordo-port"],
      "--gordo-port",
      env,
      "TRADESPEC_GORDO_PORT",
      apiProfiles.gordo.defaultPort,
    ),
    gunbotPort: portSetting(
      values["gunbot-port"],
      "--gunbot-port",
      env,
      "TRADESPEC_GUNBOT_PORT",
      apiProfiles.gunbot.defaultPort,
    ),
    host: values.host ?? "127.0.0.1",
    dynamic: values.dynamic ?? false,
    seed: values.seed,
    verbose: values.verbose ?? false,
    watch: values.watch ?? false,
    stateless: values.stateless ?? false,
    jobSeconds: seconds(values["job-seconds"], "--job-seconds"),
    executorSeconds: seconds(values["executor-seconds"], "--executor-seconds"),
    rateLimits: values["rate-limits"] ?? false,
    webhooksToAnyHost: values["webhooks-to-any-host"] ?? false,
  };
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "gordo-port": { type: "string" },
        "gunbot-port": { type: "string" },
        host: { type: "string" },
        dynamic: { type: "boolean" },
        seed: { type: "string" },
        verbose: { type: "boolean" },
        watch: { type: "boolean" },
        stateless: { type: "boolean" },
        "job-seconds": { type: "string" },
        "executor-seconds": { type: "string" },
        "rate-limits": { type: "boolean" },
        "webhooks-to-any-host": { type: "boolean" },
        to: { type: "string" },
        secret: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function portSetting(
  flagValue: string | undefined,
  flag: string,
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
): number {
  if (flagValue !== undefined) return port(flagValue, flag);
  const envValue = env[variable];
  return envValue === undefined || envValue === "" ? fallback : port(envValue, variable);
}

function port(value: string, source: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > 65535) {
    throw new UsageError(`Invalid ${source} "${value}": expected a port number from 0 to 65535.`);
  }
  return parsed;
}

function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) {
    throw new UsageError(`Invalid ${flag} "${value}": expected a number of seconds such as 2 or 0.5.`);
  }
  return Number(value);
}
