import { basePath } from "@tradespec/openapi-operations";
import { type ApiName, apiProfiles } from "./apis.js";
import { bundlePath, describeCredentials, readDescription, resolveApiName } from "./description.js";
import { type Backend, EVENTS_PATH, HEALTH_PATH, RESET_PATH, startFrontServer } from "./front-server.js";
import { createPrismEngine } from "./prism-engine.js";
import { queryChecker } from "./query-checks.js";
import { DEFAULT_TIMINGS } from "./sandbox/timings.js";
import type { SandboxOptions } from "./sandbox/types.js";
import { sandboxesFor } from "./sandboxes.js";

export interface MockOptions {
  readonly api: ApiName;
  /** Public port; 0 picks a free one. Defaults to 4010 for Gordo, 4011 for Gunbot. */
  readonly port?: number;
  readonly host?: string;
  /** Generate responses from the schemas instead of the examples. */
  readonly dynamic?: boolean;
  /** Makes dynamic responses repeatable. */
  readonly seed?: string | number | undefined;
  /** Log one line per request. */
  readonly verbose?: boolean;
  /** A description file to serve instead of the API's bundle. */
  readonly document?: string;
  /** Where the mock writes its log lines (requests when verbose, failed webhook deliveries); stderr by default. */
  readonly log?: (line: string) => void;
  /**
   * Keep a sandbox per credential: writes show in later reads, jobs progress, webhooks are delivered. Without it
   * (the default for the library; the CLI's default is the sandbox) every answer is the description's example.
   */
  readonly sandbox?: boolean;
  /** Seconds a research job takes from submission to completion (default 6). */
  readonly jobSeconds?: number;
  /** Seconds until the executor's next cycle acts on a signal (default 3). */
  readonly executorSeconds?: number;
  /** Apply the documented rate limits per credential (429 with Retry-After). */
  readonly rateLimits?: boolean;
  /** Deliver webhooks to any host; by default only to loopback addresses. */
  readonly webhooksToAnyHost?: boolean;
  /**
   * Remember what is provably the same from one request to the next (the default; see "Performance" in the
   * README). False runs Prism's whole pipeline on every request, for comparison.
   */
  readonly memoize?: boolean;
}

export interface Mock {
  readonly api: ApiName;
  /** Drop-in replacement for the API's real base URL, e.g. http://127.0.0.1:4010/v1. */
  readonly baseUrl: string;
  /** GET it for `{"status": "ok"}` while the mock is ready. */
  readonly healthUrl: string;
  /** POST it to reset the sandbox of the credential sent with it, or every sandbox without one. */
  readonly resetUrl: string;
  /** POST it to make `event` (such as `position.opened`) happen in the sandbox of the credential sent with it. */
  eventUrl(event: string): string;
  readonly port: number;
  /** The description file being served. */
  readonly document: string;
  /** Whether the mock keeps a sandbox per credential. */
  readonly sandbox: boolean;
  /** Re-reads the description and serves it on the same port; the sandboxes start afresh from its examples. */
  reload(): Promise<void>;
  /** Stops the server; pending sandbox work (jobs, deliveries) is dropped. */
  close(): Promise<void>;
}

/** Starts one mocked API and resolves once it answers. */
export async function startMock(options: MockOptions): Promise<Mock> {
  const profile = resolveApiName(options.api);
  const host = options.host ?? "127.0.0.1";
  const port = validPort(options.port ?? profile.defaultPort, `${profile.name} port`);
  const document = options.document ?? bundlePath(profile);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const sandboxOptions: SandboxOptions = {
    jobSeconds: validSeconds(options.jobSeconds ?? DEFAULT_TIMINGS.jobSeconds, "jobSeconds"),
    executorSeconds: validSeconds(
      options.executorSeconds ?? DEFAULT_TIMINGS.executorSeconds,
      "executorSeconds",
    ),
    rateLimits: options.rateLimits ?? false,
    webhooksToAnyHost: options.webhooksToAnyHost ?? false,
  };
  const load = async () => {
    const description = readDescription(document);
    const engine = await createPrismEngine(description, {
      dynamic: options.dynamic ?? false,
      seed: options.seed === undefined ? undefined : String(options.seed),
      memoize: options.memoize ?? true,
    });
    const sandboxes = !options.sandbox
      ? undefined
      : sandboxesFor(profile.name, description, {
          ...sandboxOptions,
          memoize: options.memoize ?? true,
          log: (line) => log(`[${profile.name}] ${line}`),
        });
    const backend: Backend = sandboxes ? { engine, responder: sandboxes.responder } : { engine };
    return {
      backend,
      sandboxes,
      credentialsHint: describeCredentials(description),
      queryChecker: queryChecker(description, profile.queryBooleans),
    };
  };

  const servedPath = basePath(readDescription(document));
  let current = await load();
  let front: Awaited<ReturnType<typeof startFrontServer>>;
  try {
    front = await startFrontServer({
      profile,
      basePath: servedPath,
      host,
      port,
      credentialsHint: () => current.credentialsHint,
      queryChecker: () => current.queryChecker,
      backend: () => current.backend,
      ...(!options.sandbox
        ? {}
        : {
            resetSandbox: (headers) => current.sandboxes?.reset(headers) ?? 0,
            triggerSandboxEvent: (event, headers, body) =>
              current.sandboxes?.trigger(event, headers, body) ?? {
                status: 404,
                body: { status: "stateless" },
              },
          }),
      ...(options.verbose ? { logRequest: (line: string) => log(`[${profile.name}] ${line}`) } : {}),
    });
  } catch (error) {
    current.sandboxes?.close();
    throw new Error(`Cannot serve the ${profile.title} mock on ${host}:${port}: ${(error as Error).message}`);
  }

  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${front.port}`;
  return {
    api: profile.name,
    baseUrl: origin + servedPath,
    healthUrl: origin + HEALTH_PATH,
    resetUrl: origin + RESET_PATH,
    eventUrl: (event) => origin + EVENTS_PATH + encodeURIComponent(event),
    port: front.port,
    document,
    sandbox: options.sandbox ?? false,
    async reload() {
      const next = await load();
      const previous = current;
      current = next;
      previous.sandboxes?.close();
    },
    async close() {
      await front.close();
      current.sandboxes?.close();
    },
  };
}

export interface MocksOptions extends Omit<MockOptions, "api" | "port" | "document"> {
  readonly gordoPort?: number;
  readonly gunbotPort?: number;
}

export interface Mocks {
  readonly gordo: Mock;
  readonly gunbot: Mock;
  close(): Promise<void>;
}

/** Starts both APIs side by side (Gordo on 4010, Gunbot on 4011 by default). */
export async function startMocks(options: MocksOptions = {}): Promise<Mocks> {
  const { gordoPort, gunbotPort, ...shared } = options;
  const started = await Promise.allSettled([
    startMock({ ...shared, api: "gordo", port: gordoPort ?? apiProfiles.gordo.defaultPort }),
    startMock({ ...shared, api: "gunbot", port: gunbotPort ?? apiProfiles.gunbot.defaultPort }),
  ]);
  const [gordo, gunbot] = started;
  if (gordo?.status !== "fulfilled" || gunbot?.status !== "fulfilled") {
    await Promise.all(
      started.map((result) => (result.status === "fulfilled" ? result.value.close() : undefined)),
    );
    const reasons = started.flatMap((result) =>
      result.status === "rejected" ? [errorMessage(result.reason)] : [],
    );
    throw new Error(reasons.join("\n"));
  }
  return {
    gordo: gordo.value,
    gunbot: gunbot.value,
    close: async () => {
      await Promise.all([gordo.value.close(), gunbot.value.close()]);
    },
  };
}

function validPort(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`Invalid ${what} ${value}: expected an integer from 0 to 65535.`);
  }
  return value;
}

function validSeconds(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Invalid ${what} ${value}: expected a number of seconds, 0 or more.`);
  }
  return value;
}

function errorMessage(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
