import { basePath } from "@tradespec/openapi-operations";
import { type ApiName, apiProfiles } from "./apis.js";
import { bundlePath, describeCredentials, readDescription, resolveApiName } from "./description.js";
import { HEALTH_PATH, startFrontServer } from "./front-server.js";
import { startPrism } from "./prism-process.js";
import { PrismSupervisor } from "./prism-supervisor.js";
import { queryChecker } from "./query-checks.js";

export interface MockOptions {
  readonly api: ApiName;
  /** Public port; 0 picks a free one. Defaults to 4010 for Gordo, 4011 for Gunbot. */
  readonly port?: number;
  readonly host?: string;
  /** Generate responses from the schemas instead of the examples. */
  readonly dynamic?: boolean;
  /** Makes dynamic responses repeatable. */
  readonly seed?: string | number | undefined;
  /** Show Prism's request log on stderr. */
  readonly verbose?: boolean;
  /** A description file to serve instead of the API's bundle. */
  readonly document?: string;
  /** Where the mock reports restarting a Prism process that crashed; stderr by default. */
  readonly log?: (line: string) => void;
}

export interface Mock {
  readonly api: ApiName;
  /** Drop-in replacement for the API's real base URL, e.g. http://127.0.0.1:4010/v1. */
  readonly baseUrl: string;
  /** GET it for `{"status": "ok"}` while the mock is ready. */
  readonly healthUrl: string;
  readonly port: number;
  /** The description file being served. */
  readonly document: string;
  /** Process id of the Prism process behind the mock (it changes on reload). */
  readonly prismPid: number;
  /** Re-reads the description and swaps in a fresh Prism process without dropping the public port. */
  reload(): Promise<void>;
  /** Stops the front server and Prism. */
  close(): Promise<void>;
}

/** Starts one mocked API and resolves once both its front server and its Prism process answer. */
export async function startMock(options: MockOptions): Promise<Mock> {
  const profile = resolveApiName(options.api);
  const host = options.host ?? "127.0.0.1";
  const port = validPort(options.port ?? profile.defaultPort, `${profile.name} port`);
  const document = options.document ?? bundlePath(profile);
  const description = readDescription(document);
  const servedPath = basePath(description);
  let credentialsHint = describeCredentials(description);
  let checker = queryChecker(description, profile.queryBooleans);
  const startBackend = () =>
    startPrism({
      document,
      host,
      dynamic: options.dynamic ?? false,
      seed: options.seed === undefined ? undefined : String(options.seed),
      verbose: options.verbose ?? false,
      label: profile.name,
    });

  const log = options.log ?? ((line: string) => console.error(line));
  const prism = await PrismSupervisor.start(startBackend, (line) => log(`[${profile.name}] ${line}`));
  let front: Awaited<ReturnType<typeof startFrontServer>>;
  try {
    front = await startFrontServer({
      profile,
      basePath: servedPath,
      host,
      port,
      credentialsHint: () => credentialsHint,
      queryChecker: () => checker,
      upstream: () => prism.upstream(host),
      reportDroppedRequest: () => void prism.reportDroppedRequest(),
    });
  } catch (error) {
    await prism.stop();
    throw new Error(`Cannot serve the ${profile.title} mock on ${host}:${port}: ${(error as Error).message}`);
  }

  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${front.port}`;
  return {
    api: profile.name,
    baseUrl: origin + servedPath,
    healthUrl: origin + HEALTH_PATH,
    port: front.port,
    document,
    get prismPid() {
      return prism.pid;
    },
    async reload() {
      const reloaded = readDescription(document);
      const hint = describeCredentials(reloaded);
      const reloadedChecker = queryChecker(reloaded, profile.queryBooleans);
      await prism.reload();
      credentialsHint = hint;
      checker = reloadedChecker;
    },
    async close() {
      await Promise.all([front.close(), prism.stop()]);
    },
  };
}

export interface MocksOptions {
  readonly gordoPort?: number;
  readonly gunbotPort?: number;
  readonly host?: string;
  readonly dynamic?: boolean;
  readonly seed?: string | number | undefined;
  readonly verbose?: boolean;
}

export interface Mocks {
  readonly gordo: Mock;
  readonly gunbot: Mock;
  close(): Promise<void>;
}

/** Starts both APIs side by side (Gordo on 4010, Gunbot on 4011 by default). */
export async function startMocks(options: MocksOptions = {}): Promise<Mocks> {
  const shared = {
    host: options.host,
    dynamic: options.dynamic,
    seed: options.seed,
    verbose: options.verbose,
  };
  const started = await Promise.allSettled([
    startMock({ ...shared, api: "gordo", port: options.gordoPort ?? apiProfiles.gordo.defaultPort }),
    startMock({ ...shared, api: "gunbot", port: options.gunbotPort ?? apiProfiles.gunbot.defaultPort }),
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

function errorMessage(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
