import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { watchDescription } from "../src/watch.js";

const FIXTURE = new URL("fixtures/gordo.json", import.meta.url);
let folder: string;
let document: string;
let mock: Mock;
let stopWatching: () => void;
const reloads: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tradespec-watch-"));
  document = join(folder, "openapi.json");
  await copyFile(FIXTURE, document);
  mock = await startMock({ api: "gordo", port: 0, document });
  stopWatching = watchDescription(mock, (line) => reloads.push(line));
});
afterAll(async () => {
  stopWatching?.();
  await mock?.close();
  await rm(folder, { recursive: true, force: true });
});

const price = () =>
  fetch(`${mock.baseUrl}/market/price`, { headers: { "X-API-Key": "k" } }).then((response) =>
    response.json(),
  );

it("serves the new description on the same port once the bundle changes", async () => {
  expect(await price()).toMatchObject({ price: 84521.3 });

  const description = JSON.parse(await readFile(document, "utf8"));
  description.paths["/market/price"].get.responses["200"].content["application/json"].example.price = 90000;
  await writeFile(document, JSON.stringify(description));

  await expect.poll(() => reloads.length, { timeout: 20_000, interval: 100 }).toBe(1);
  expect(reloads[0]).toMatch(/^gordo: description changed, reloaded in \d+ ms$/);
  expect(await price()).toMatchObject({ price: 90000 });
});

it("keeps serving the previous description when the new one is broken", async () => {
  await writeFile(document, '{"openapi": "3.1.0", "paths": ');
  await expect.poll(() => reloads.length, { timeout: 20_000, interval: 100 }).toBe(2);
  expect(reloads[1]).toMatch(/could not be loaded; still serving the previous one/);
  expect(await price()).toMatchObject({ price: 90000 });
});
