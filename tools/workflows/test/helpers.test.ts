import { join } from "node:path";
import { createGunbotClient, login } from "@tradespec/gunbot";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiName, workflowsDir } from "../src/catalog.js";
import { readOutcomes } from "../src/outcomes.js";
import { runRespect } from "../src/respect.js";
import { operationsOf } from "./support/operations.js";
import { type RecordingProxy, startRecordingProxy } from "./support/recording-proxy.js";

/** Runs one workflow file through the proxy and returns the requests it made; fails if the workflow did. */
async function workflowRequests(
  proxy: RecordingProxy,
  api: ApiName,
  file: string,
  inputs: Record<string, string>,
) {
  proxy.take();
  const { report } = await runRespect({
    files: [join(workflowsDir(api), file)],
    servers: { [api]: proxy.baseUrl },
    inputs,
  });
  const [outcome] = readOutcomes(report);
  expect(outcome?.passed, JSON.stringify(outcome?.failure)).toBe(true);
  return proxy.take();
}

describe("Gunbot's login helper and the logIn workflow", () => {
  let proxy: RecordingProxy;

  beforeAll(async () => {
    proxy = await startRecordingProxy(inject("mocks").gunbot);
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it("send the same encrypted password to POST /auth/login; the workflow then checks the session", async () => {
    // The description's login example: `your_password` encrypted with the key `value for config.bot.gunthy_wallet`.
    const client = createGunbotClient({ baseUrl: proxy.baseUrl });
    await login(client, { password: "your_password", gunthyWallet: "value for config.bot.gunthy_wallet" });
    const helper = proxy.take();
    const workflow = await workflowRequests(proxy, "gunbot", "log-in.arazzo.yaml", {
      encryptedPassword: "ENC:vh5p6bzS8CA8wwPuZTO9Dw==",
    });

    expect(operationsOf("gunbot", helper)).toEqual(["loginWithPassword"]);
    expect(operationsOf("gunbot", workflow)).toEqual(["loginWithPassword", "checkAuthStatus"]);
    expect(JSON.parse(workflow[0]?.body ?? "")).toEqual(JSON.parse(helper[0]?.body ?? ""));
  });
});
