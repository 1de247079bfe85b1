// Every command of the root README's table, run as a user runs it in a fresh clone of the committed HEAD, each
// checked to do what the table says. Ports: every command that serves is given port 0 through the variables the
// README documents (TRADESPEC_GORDO_PORT, TRADESPEC_GUNBOT_PORT, TRADESPEC_DOCS_PORT) and the test reads the ports
// it printed, so that runs beside each other never collide. Every command runs in its own process group, stopped
// whole after its test, also when an assertion fails; the last test checks that nothing is left running.
import { createHmac, timingSafeEqual } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { createFreshClone, type FreshClone } from "./support/fresh-clone.js";
import { processesIn, type Started } from "./support/processes.js";

/** How long a command may take to get ready on a loaded machine: a guard against a hang, not a speed target. */
const READY_MS = 240_000;
const FREE_PORTS = { TRADESPEC_GORDO_PORT: "0", TRADESPEC_GUNBOT_PORT: "0", TRADESPEC_DOCS_PORT: "0" };
const MOCK_READY = /ready in \d+ ms: Gordo (\S+)\s+Gunbot (\S+)/;

let clone: FreshClone;

beforeAll(async () => {
  clone = createFreshClone();
  const install = await runToEnd(["install", "--frozen-lockfile", "--offline"]);
  expect(install.code, install.output).toBe(0);
}, READY_MS + 60_000);

afterAll(async () => {
  await clone?.remove();
}, 120_000);

/** Runs `pnpm <args>` to its end and resolves with its exit code and output; stops its group if it hangs. */
async function runToEnd(
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const command = clone.pnpm(args, env);
  try {
    return { code: await command.exited(READY_MS), output: command.output() };
  } finally {
    await command.stop();
  }
}

/** Runs `run` against a started command and stops the command's process group afterwards, whatever happened. */
async function whileRunning(command: Started, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } finally {
    await command.stop();
  }
}

function readJson(file: string) {
  return JSON.parse(readFileSync(path.join(clone.dir, file), "utf8"));
}

/** The path of a description's first server URL: the base path its mock must serve under. */
function basePath(api: "gordo" | "gunbot"): string {
  const url: string = readJson(`specs/${api}/dist/openapi.json`).servers[0].url;
  return /^[^:]+:\/\/[^/]+(\/.*)$/.exec(url)?.[1] ?? "/";
}

async function expectBothMocksAnswer(gordoBaseUrl: string, gunbotBaseUrl: string) {
  expect(new URL(gordoBaseUrl).pathname).toBe(basePath("gordo"));
  expect(new URL(gunbotBaseUrl).pathname).toBe(basePath("gunbot"));
  const price = await fetch(`${gordoBaseUrl}/market/price`, { headers: { "X-API-Key": "grd_live_readme" } });
  expect(price.status).toBe(200);
  expect(await price.json()).toHaveProperty("price");
  const time = await fetch(`${gunbotBaseUrl}/time`, { headers: { Authorization: "Bearer readme" } });
  expect(time.status).toBe(200);
}

async function expectSiteServed(siteUrl: string) {
  const landing = await fetch(siteUrl);
  expect(landing.status).toBe(200);
  expect(landing.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await landing.text();
  for (const api of ["gordo", "gunbot"]) {
    expect(html).toContain(`href="${api}/"`);
    const reference = await fetch(new URL(`${api}/`, siteUrl));
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain(readJson(`specs/${api}/dist/openapi.json`).info.title);
  }
}

/** The commands in the README's table (first column), as written there. */
function readmeCommands(): string[] {
  const readme = readFileSync(path.join(clone.dir, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("| command | what it does |"));
  const rows = table.split("\n").slice(2);
  const commands: string[] = [];
  for (const row of rows) {
    if (!row.startsWith("|")) break;
    const [, first = ""] = row.split("|");
    commands.push(...[...first.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string));
  }
  return commands;
}

/**
 * The rows this file cannot run honestly, each run in a form that proves it resolves to a real script and program
 * and exits 0 without doing the long, live or interactive part:
 * - `pnpm test` is the command running this test (CI runs it in a fresh clone: `.ci/run`); `--help` runs its Biome
 *   check on the clone and then asks turbo for its help instead of the task run.
 * - the contract suite against a real account needs credentials for one; its package's vitest answers `--help`,
 *   and the variables the row names are read by the suite's sources.
 * - `pnpm bench` takes minutes and `pnpm fuzz` about as long; both answer `--help` without measuring or fuzzing.
 * - `pnpm changeset` asks questions; `--help` lists its commands.
 */
const DRY_RUNS: Record<string, string[]> = {
  "pnpm test": ["test", "--help"],
  "GORDO_BASE_URL=… GORDO_API_KEY=… pnpm --filter @tradespec/contract test": [
    "--filter",
    "@tradespec/contract",
    "exec",
    "vitest",
    "run",
    "--help",
  ],
  "pnpm bench": ["bench", "--help"],
  "pnpm fuzz": ["fuzz", "--help"],
  "pnpm changeset": ["changeset", "--help"],
};

const RUN_HERE = [
  "pnpm start",
  "pnpm mock",
  "pnpm dev",
  "pnpm mock webhook <event> --to <url> --secret <s>",
  "pnpm site",
  "pnpm check:breaking",
  "pnpm run version-packages",
  "pnpm workflows",
];

/** The clients published from this repository: the workspace packages that are not private. */
function publishedPackages(): Array<{ directory: string; name: string; version: string }> {
  return readdirSync(path.join(clone.dir, "packages"))
    .map((directory) => ({
      directory: `packages/${directory}`,
      ...readJson(`packages/${directory}/package.json`),
    }))
    .filter((manifest) => !manifest.private);
}

/** The version a baseline of tools/breaking records, by package name. */
function baselineVersions(): Map<string, string> {
  const baselines = path.join(clone.dir, "tools/breaking/baselines");
  return new Map(
    readdirSync(baselines).map((api) => {
      const release = readJson(`tools/breaking/baselines/${api}/release.json`);
      return [release.package, release.version];
    }),
  );
}

describe("the README's commands, in a fresh clone", () => {
  it("are all checked here, each run or dry-run", () => {
    expect(readmeCommands().sort()).toEqual([...RUN_HERE, ...Object.keys(DRY_RUNS)].sort());
  });

  it("pnpm mock: both APIs answer at their base paths", async () => {
    const mock = clone.pnpm(["mock"], FREE_PORTS);
    await whileRunning(mock, async () => {
      const [, gordo = "", gunbot = ""] = await mock.waitFor(MOCK_READY, READY_MS);
      await expectBothMocksAnswer(gordo, gunbot);
    });
    const help = await runToEnd(["mock", "--help"]);
    expect(help.code, help.output).toBe(0);
    expect(help.output).toMatch(/--stateless[\s\S]*--job-seconds[\s\S]*--rate-limits/);
  });

  it("pnpm mock webhook <event> --to <url> --secret <s>: the receiver gets a delivery that verifies", async () => {
    const deliveries: Array<{ headers: IncomingHttpHeaders; body: Buffer }> = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        deliveries.push({ headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const to = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/gordo-webhook`;
      const secret = "whsec_readme_commands";
      const webhook = await runToEnd(["mock", "webhook", "order.filled", "--to", to, "--secret", secret]);
      expect(webhook.code, webhook.output).toBe(0);
      expect(webhook.output).toContain(`order.filled -> ${to}: 204`);

      expect(deliveries).toHaveLength(1);
      const [{ headers, body }] = deliveries as [(typeof deliveries)[number]];
      expect(headers["content-type"]).toMatch(/^application\/json/);
      const expected = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
      const signature = String(headers["x-gordo-signature"]);
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(timingSafeEqual(Buffer.from(signature), Buffer.from(expected))).toBe(true);
      expect(JSON.parse(body.toString("utf8"))).toMatchObject({ event: "order.filled" });
    } finally {
      receiver.close();
    }
  });

  it("pnpm site: the reference site is served", async () => {
    const site = clone.pnpm(["site"], FREE_PORTS);
    await whileRunning(site, async () => {
      const [, url = ""] = await site.waitFor(/tradespec docs at (\S+)/, READY_MS);
      await expectSiteServed(url);
    });
  });

  it("pnpm dev: an edit to a description reaches the mock", async () => {
    const dev = clone.pnpm(["dev"], FREE_PORTS);
    await whileRunning(dev, async () => {
      const [, gordo = ""] = await dev.waitFor(MOCK_READY, READY_MS);
      const price = () =>
        fetch(`${gordo}/market/price`, { headers: { "X-API-Key": "grd_live_readme" } }).then(
          (response) => response.json() as Promise<Record<string, unknown>>,
        );
      const { property, edited } = editMarketPriceExample();
      expect((await price())[property]).not.toBe(edited);
      // turbo watch re-bundles the description and the mock restarts Prism on the new bundle.
      for (const deadline = Date.now() + READY_MS; Date.now() < deadline; ) {
        if ((await price().catch(() => ({}) as Record<string, unknown>))[property] === edited) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect((await price())[property], dev.output()).toBe(edited);
    });
  });

  it("pnpm start: both mocks and the reference site", async () => {
    const start = clone.pnpm(["start"], FREE_PORTS);
    await whileRunning(start, async () => {
      const [, site = ""] = await start.waitFor(/Reference site\s+(\S+)/, READY_MS);
      const [, gordo = ""] = /Gordo mock\s+(\S+)/.exec(start.output()) ?? [];
      const [, gunbot = ""] = /Gunbot mock\s+(\S+)/.exec(start.output()) ?? [];
      await expectBothMocksAnswer(gordo, gunbot);
      await expectSiteServed(site);
    });
  });

  it("pnpm workflows: every workflow of both APIs passes on the sandbox, or says why the sandbox cannot run it", async () => {
    // No real account: the contract suite's variables, blank, leave both APIs on the sandbox.
    const blank = Object.fromEntries(
      [
        "GORDO_BASE_URL",
        "GORDO_API_KEY",
        "GUNBOT_BASE_URL",
        "GUNBOT_PASSWORD",
        "GUNBOT_GUNTHY_WALLET",
        "GUNBOT_ENCRYPTED_PASSWORD",
      ].map((name) => [name, ""]),
    );
    const { code, output } = await runToEnd(["workflows"], blank);
    expect(code, output).toBe(0);
    for (const api of ["gordo", "gunbot"]) {
      const folder = path.join(clone.dir, "specs", api, "workflows");
      for (const file of readdirSync(folder).filter((name) => name.endsWith(".arazzo.yaml"))) {
        for (const { workflowId } of parse(readFileSync(path.join(folder, file), "utf8")).workflows) {
          expect(output).toMatch(
            new RegExp(
              `^${api} \\(sandbox\\) ${workflowId}: (passed|skipped, not run on the sandbox, which .+)$`,
              "m",
            ),
          );
        }
      }
    }
    expect(output).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/m);
  });

  it.each(Object.entries(DRY_RUNS))("%s resolves to a real script and program", async (row, args) => {
    const run = await runToEnd(args);
    expect(run.code, run.output).toBe(0);
    for (const variable of row.match(/\b[A-Z][A-Z_]+(?==)/g) ?? []) {
      expect(contractSources(), `${variable} is read by tools/contract`).toContain(variable);
    }
  });

  it("pnpm check:breaking: each client's changes since its baseline are classified and covered", async () => {
    const check = await runToEnd(["check:breaking"]);
    expect(check.code, check.output).toBe(0);
    for (const name of baselineVersions().keys()) {
      expect(check.output).toMatch(new RegExp(`ok +${name} \\(.+, compared with [\\d.]+\\): \\d+ breaking`));
    }
  });

  // Last: it changes the clone as a release does (versions, changelogs, baselines).
  it("pnpm run version-packages: versions, changelogs and baselines advance together", async () => {
    const before = new Map(publishedPackages().map((manifest) => [manifest.name, manifest.version]));
    const privateBefore = readdirSync(path.join(clone.dir, "tools")).map((tool) =>
      readJson(`tools/${tool}/package.json`),
    );

    const release = await runToEnd(["run", "version-packages"]);
    expect(release.code, release.output).toBe(0);

    const pending = readdirSync(path.join(clone.dir, ".changeset")).filter((file) => file !== "README.md");
    expect(pending, "every pending changeset is consumed").toEqual(["config.json"]);
    const baselines = baselineVersions();
    for (const manifest of publishedPackages()) {
      expect(manifest.version, manifest.name).not.toBe(before.get(manifest.name));
      expect(readFileSync(path.join(clone.dir, manifest.directory, "CHANGELOG.md"), "utf8")).toContain(
        `## ${manifest.version}`,
      );
      if (baselines.has(manifest.name))
        expect(baselines.get(manifest.name), manifest.name).toBe(manifest.version);
    }
    const privateAfter = readdirSync(path.join(clone.dir, "tools")).map((tool) =>
      readJson(`tools/${tool}/package.json`),
    );
    expect(privateAfter.map((manifest) => manifest.version)).toEqual(
      privateBefore.map((manifest) => manifest.version),
    );
  });

  it("left nothing running in the clone", async () => {
    for (const deadline = Date.now() + 30_000; processesIn(clone.dir).length > 0 && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(processesIn(clone.dir)).toEqual([]);
  });
});

function contractSources(): string {
  const sources = path.join(clone.dir, "tools/contract/src");
  return readdirSync(sources, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => readFileSync(path.join(sources, file), "utf8"))
    .join("\n");
}

/**
 * Changes the first number of the example that GET /market/price answers with, in its source file as the
 * description's root `$ref`s it (`specs/gordo/openapi.yaml` -> the path file -> the example file).
 */
function editMarketPriceExample(): { property: string; edited: number } {
  const specDir = path.join(clone.dir, "specs/gordo");
  const root = parse(readFileSync(path.join(specDir, "openapi.yaml"), "utf8"));
  const pathFile = path.join(specDir, root.paths["/market/price"].$ref);
  const answer = parse(readFileSync(pathFile, "utf8")).get.responses["200"].content["application/json"];
  const [example] = Object.values(answer.examples) as Array<{ $ref: string }>;
  const exampleFile = path.resolve(path.dirname(pathFile), (example as { $ref: string }).$ref);
  const document = parseDocument(readFileSync(exampleFile, "utf8"));
  const value = document.toJS().value as Record<string, unknown>;
  const [property, original] = Object.entries(value).find(([, field]) => typeof field === "number") ?? [];
  if (property === undefined) throw new Error(`${exampleFile} has no number to edit`);
  const edited = Math.round((original as number) + 1111);
  document.setIn(["value", property], edited);
  writeFileSync(exampleFile, document.toString());
  return { property, edited };
}
