import { type Mock, startMock } from "@tradespec/mock";
import {
  child,
  createSchemaValidator,
  type Located,
  listOperations,
  loadBundle,
  type OperationEntry,
} from "@tradespec/spec-testing";
import { afterAll, describe, expect, it } from "vitest";
import { sampleRequest } from "./support/sample-request.js";

const POLL = { timeout: 30_000, interval: 50 };

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly violations: string | null;
}

const mocks: Mock[] = [];
afterAll(() => Promise.all(mocks.map((mock) => mock.close())));

/**
 * Every operation, writes first with the description's request examples, then reads; every answer the sandbox
 * gives must carry a status the operation declares and be valid against that status's schema.
 */
describe.each([
  { api: "gordo" as const, bundle: "@tradespec/spec-gordo" },
  { api: "gunbot" as const, bundle: "@tradespec/spec-gunbot" },
])("every $api answer after a sequence of writes", ({ api, bundle }) => {
  const doc = loadBundle(bundle, import.meta.url);
  const validator = createSchemaValidator(doc);
  const operations = listOperations(doc);
  const writes = operations.filter((entry) => entry.method !== "get");
  const reads = operations.filter((entry) => entry.method === "get");
  const answers: { entry: OperationEntry; target: string; answer: Answer }[] = [];

  it("answers every write and every read", async () => {
    const mock = await startMock({ api, port: 0, sandbox: true, jobSeconds: 0.5, executorSeconds: 0.2 });
    mocks.push(mock);
    const send = async (method: string, target: string, body: unknown, headers: Record<string, string>) => {
      const response = await fetch(mock.baseUrl + target, {
        method: method.toUpperCase(),
        headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      const isJson = (response.headers.get("content-type") ?? "").includes("json");
      return {
        status: response.status,
        body: isJson ? JSON.parse(text) : text,
        violations: response.headers.get("sl-violations"),
      };
    };
    const headers = await credentials(api, send, doc);
    for (const entry of writes) {
      const { target, body } = sampleRequest(doc, entry);
      answers.push({ entry, target, answer: await send(entry.method, target, body, headers) });
    }
    if (api === "gordo") {
      // Let the executor close the position (the writes toggled the kill switch on, which halts it) and the
      // submitted jobs finish, so reads see the results.
      const status = await send("get", "/risk/status", undefined, headers);
      if ((status.body as { kill_switch_active?: boolean }).kill_switch_active) {
        const toggle = writes.find(({ operation }) => operation.operationId === "toggleKillSwitch");
        if (toggle)
          answers.push({
            entry: toggle,
            target: "/risk/kill-switch",
            answer: await send("post", "/risk/kill-switch", undefined, headers),
          });
      }
      await expect
        .poll(async () => (await send("get", "/positions", undefined, headers)).body, POLL)
        .toEqual([]);
      const backtest = answers.find(({ entry }) => entry.operation.operationId === "startBacktest");
      const jobId = (backtest?.answer.body as { job_id?: string } | undefined)?.job_id;
      await expect
        .poll(async () => (await send("get", `/research/backtest/${jobId}`, undefined, headers)).body, POLL)
        .toMatchObject({ status: "completed" });
      for (const target of [`/research/backtest/${jobId}`, `/research/backtest/${jobId}/results`]) {
        const entry = reads.find((read) => read.path === target.replace(jobId ?? "", "{job_id}"));
        if (entry) answers.push({ entry, target, answer: await send("get", target, undefined, headers) });
      }
      // What happens without an API call, so that the reads see a position the executor opened and a demotion.
      for (const event of ["position.opened", "strategy.demoted"]) {
        const happened = await fetch(mock.eventUrl(event), {
          method: "POST",
          headers,
        });
        expect(happened.status, `${event}: ${await happened.text()}`).toBe(200);
      }
    }
    if (api === "gunbot") {
      // The writes replaced the configuration, removed its pair and stopped the core, so every trade was refused:
      // start the core, configure each trade's pair and send the trades again, so that their answers count too.
      await send("post", "/system/start", undefined, headers);
      const trades = writes.filter((entry) => entry.path.startsWith("/trade/"));
      for (const entry of trades) {
        const { body } = sampleRequest(doc, entry) as { body: { data: { exch: string; pair: string } } };
        const pair = { exchange: body.data.exch, pair: body.data.pair, settings: {} };
        await send("post", "/config/pair/add", pair, headers);
      }
      for (const entry of trades) {
        const { target, body } = sampleRequest(doc, entry);
        answers.push({ entry, target, answer: await send(entry.method, target, body, headers) });
      }
    }
    for (const entry of reads) {
      const { target } = sampleRequest(doc, entry);
      answers.push({ entry, target, answer: await send(entry.method, target, undefined, headers) });
    }
    expect(answers.length).toBeGreaterThanOrEqual(operations.length);
  });

  it("with a declared status and a body valid against its schema, 2020-12", () => {
    const problems = answers.flatMap(({ entry, target, answer }) => {
      const where = `${entry.method.toUpperCase()} ${target} -> ${answer.status}`;
      const operation: Located = { node: entry.operation, pointer: entry.pointer };
      const responses = child(doc, operation, "responses");
      const response =
        responses && (child(doc, responses, String(answer.status)) ?? child(doc, responses, "default"));
      if (!response) return [`${where}: status not declared`];
      const content = child(doc, response, "content");
      const media = content && child(doc, content, "application/json");
      const schema = media && child(doc, media, "schema");
      if (!schema || typeof answer.body === "string") return [];
      const errors = validator.validate(schema.pointer, answer.body);
      const violations = answer.violations?.includes('"response"')
        ? [`${where}: sl-violations ${answer.violations}`]
        : [];
      return [...errors.map((error) => `${where}: ${error.instancePath} ${error.message}`), ...violations];
    });
    expect(problems).toEqual([]);
  });
});

/** The headers a request of the API authenticates with: an API key, or the token the documented login returns. */
async function credentials(
  api: "gordo" | "gunbot",
  send: (method: string, target: string, body: unknown, headers: Record<string, string>) => Promise<Answer>,
  doc: ReturnType<typeof loadBundle>,
): Promise<Record<string, string>> {
  if (api === "gordo") return { "X-API-Key": "grd_every_operation" };
  const login = listOperations(doc).find((entry) => entry.operation.operationId === "loginWithPassword");
  if (!login) throw new Error("The Gunbot description has no loginWithPassword");
  const { target, body } = sampleRequest(doc, login);
  const answer = await send("post", target, body, {});
  const token = (answer.body as { token?: string }).token;
  if (!token) throw new Error(`The documented login gave no token: ${JSON.stringify(answer.body)}`);
  return { Authorization: `Bearer ${token}` };
}
