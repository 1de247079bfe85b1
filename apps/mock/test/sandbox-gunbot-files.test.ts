import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { describedExample } from "./support/described-example.js";
import { loggedIn } from "./support/gunbot-sandbox.js";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, sandbox: true, log: () => {} });
});
afterAll(() => mock?.close());

const missingFile = (folder: string, filename: string) => ({
  status: 400,
  body: {
    status: "error",
    message: `Missing or invalid parameter: filename (no ${folder} file ${filename})`,
    code: 400,
  },
});

describe("strategy files", () => {
  it("are written, listed, read back (as JSON or text) and deleted", async () => {
    const api = await loggedIn(mock, "strategy-files");
    const seeded = (await api.get("/files/strategy")).result;
    const source = "// my strategy\nmodule.exports = () => {};\n";
    await api.post("/files/strategy/write", { filename: "mine.js", document: source });
    expect((await api.get("/files/strategy")).result).toEqual([...seeded, "mine.js"]);
    expect(await api.post("/files/strategy/get", { filename: "mine.js" })).toBe(source);
    const asText = await fetch(`${mock.baseUrl}/files/strategy/get`, {
      method: "POST",
      headers: { authorization: api.authorization, "content-type": "application/json", accept: "text/plain" },
      body: JSON.stringify({ filename: "mine.js" }),
    });
    expect(asText.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await asText.text()).toBe(source);

    await api.post("/files/strategy/delete", { filename: "mine.js" });
    expect((await api.get("/files/strategy")).result).toEqual(seeded);
    expect(await api.call("POST", "/files/strategy/get", { filename: "mine.js" })).toEqual(
      missingFile("strategy", "mine.js"),
    );
    expect(await api.call("POST", "/files/strategy/delete", { filename: "mine.js" })).toEqual(
      missingFile("strategy", "mine.js"),
    );
  });

  it("the document's read and delete calls find the file its write call writes, on a fresh sandbox", async () => {
    const api = await loggedIn(mock, "strategy-document");
    const documented = describedExample("gunbot", "post /files/strategy/get", "200", "documented");
    expect(await api.post("/files/strategy/get", { filename: "best_strategy.js" })).toEqual(documented);
    await api.post("/files/strategy/delete", { filename: "best_strategy.js" });
    expect((await api.get("/files/strategy")).result).not.toContain("best_strategy.js");
  });
});

describe("the custom strategy editor's file", () => {
  it("reads back the document last written, as JSON or as text", async () => {
    const api = await loggedIn(mock, "custom-editor");
    expect(await api.post("/files/custom-editor/get")).toEqual(
      describedExample("gunbot", "post /files/custom-editor/get", "200", "documented"),
    );
    const document = { buy: { rsi: 30 }, sell: { rsi: 70 } };
    await api.post("/files/custom-editor/write", { document });
    expect(await api.post("/files/custom-editor/get")).toEqual(document);
    await api.post("/files/custom-editor/write", { document: JSON.stringify({ buy: { rsi: 25 } }) });
    expect(await api.post("/files/custom-editor/get")).toEqual({ buy: { rsi: 25 } });
  });
});

describe("AutoConfig files", () => {
  it("a written autoconfig.json is kept as a dated backup, listed and read back", async () => {
    const api = await loggedIn(mock, "autoconfig");
    const seeded = (await api.post("/files/backup")).result;
    const document = {
      spotScanner: { pairs: { exclude: "UP,DOWN" }, filters: {}, overrides: { PERIOD: 5 } },
    };
    await api.post("/files/autoconfig/write", { document });
    const backups = (await api.post("/files/backup")).result;
    const [written] = backups.filter((name: string) => !seeded.includes(name));
    expect(written).toMatch(/^autoconfig\.json\.\d{13}$/);
    expect(await api.post("/files/backup/get", { filename: written })).toEqual(document);
    expect(await api.call("POST", "/files/backup/get", { filename: "autoconfig.json.1" })).toEqual(
      missingFile("backup", "autoconfig.json.1"),
    );
  });

  it("variable and state files are listed and read, and an unknown name is refused", async () => {
    const api = await loggedIn(mock, "acvar-state");
    const variables = (await api.get("/files/acvar")).result;
    expect(variables).toEqual(
      (describedExample("gunbot", "get /files/acvar", "200", "documented") as { result: string[] }).result,
    );
    expect(await api.post("/files/acvar/get", { filename: "autoconfig-variables.json" })).toEqual(
      describedExample("gunbot", "post /files/acvar/get", "200", "documented"),
    );
    expect(await api.call("POST", "/files/acvar/get", { filename: "nope.json" })).toEqual(
      missingFile("acvar", "nope.json"),
    );
    expect((await api.get("/files/state")).result).toContain("binance-USDT-XRP-state.json");
    expect(await api.call("POST", "/files/state/get", { filename: "kraken-USD-ETH-state.json" })).toEqual(
      missingFile("state", "kraken-USD-ETH-state.json"),
    );
  });
});

describe("core memory, the system and license keys", () => {
  it("core memory shows the cycling pairs and their open orders, and nothing while the core is stopped", async () => {
    const api = await loggedIn(mock, "core-memory");
    await api.post("/config/pair/add", {
      exchange: "binance",
      pair: "USDT-SOL",
      settings: { enabled: false },
    });
    const { config } = await api.post("/coremem");
    expect(Object.keys(config.binance)).not.toContain("USDT-SOL");
    expect(config.binance["USDT-XRP"]).toEqual(
      (await api.get("/config/full")).config.pairs.binance["USDT-XRP"],
    );

    await api.post("/trade/buy", { data: { exch: "binance", pair: "USDT-XRP", amt: 10, price: 1 } });
    const [open] = (await api.get(`/orders?key=${encodeURIComponent("binance/USDT-XRP")}`)).data;
    const single = await api.post("/coremem/single", { exchange: "binance", pair: "USDT-XRP" });
    expect(Object.keys(single.memory)).toEqual(["binance/USDT-XRP"]);
    expect(single.memory["binance/USDT-XRP"].openOrders).toEqual([open]);

    await api.post("/system/stop");
    expect(await api.post("/coremem")).toEqual({ config: {}, memory: {} });
    const stopped = await api.call("POST", "/coremem/single", { exchange: "binance", pair: "USDT-XRP" });
    expect(stopped.body.message).toBe(
      "Missing or invalid parameter: pair (USDT-XRP is not cycling on binance in Gunbot core)",
    );
  });

  it("license keys edited show in config/full, and the system answers leave the keys out", async () => {
    const api = await loggedIn(mock, "license-keys");
    const binance = { key: "NEW_KEY", secret: "NEW_SECRET", isEncrypted: false, delay: 1 };
    await api.post("/license/keys/edit", {
      wallet: "0xW",
      newLicenses: { binance },
      verifyExchange: "binance",
    });
    expect((await api.get("/config/full")).config.exchanges.binance).toEqual(binance);
    expect((await api.post("/system/start")).exchanges.binance).toEqual({ isEncrypted: false, delay: 1 });

    const unknown = await api.call("POST", "/license/keys/edit", {
      wallet: "0xW",
      newLicenses: {},
      verifyExchange: "kraken",
    });
    expect(unknown.body.message).toBe(
      "Missing or invalid parameter: verifyExchange (no exchange kraken in the configuration)",
    );
  });

  it("POST /__sandbox/reset forgets the files written", async () => {
    const api = await loggedIn(mock, "files-reset");
    await api.post("/files/strategy/write", { filename: "gone.js", document: "//" });
    await fetch(mock.resetUrl, { method: "POST", headers: { authorization: api.authorization } });
    expect((await api.get("/files/strategy")).result).not.toContain("gone.js");
  });
});
