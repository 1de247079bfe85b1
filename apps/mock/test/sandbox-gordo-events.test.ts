import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { jsonApi } from "./support/api.js";
import { type Receiver, startReceiver } from "./support/receiver.js";

/** Generous: deliveries take milliseconds of mock time, however slow the machine. */
const POLL = { timeout: 30_000, interval: 50 };

let mock: Mock;
let receiver: Receiver;
beforeAll(async () => {
  [mock, receiver] = await Promise.all([
    startMock({ api: "gordo", port: 0, sandbox: true }),
    startReceiver(),
  ]);
});
afterAll(() => Promise.all([mock?.close(), receiver?.close()]));

const asKey = (key: string) => jsonApi(mock.baseUrl, { "X-API-Key": key });

/** `POST /__sandbox/events/<event>` with the key's credential. */
async function trigger(key: string, event: string, body?: unknown) {
  const response = await fetch(mock.eventUrl(event), {
    method: "POST",
    headers: { "X-API-Key": key, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

/** The events the receiver got for `webhookSecret`, each checked against its X-Gordo-Signature. */
function verifiedEvents(webhookSecret: string) {
  return receiver.received
    .filter(({ headers, rawBody }) => {
      const expected = `sha256=${createHmac("sha256", webhookSecret).update(rawBody).digest("hex")}`;
      return headers["x-gordo-signature"] === expected;
    })
    .map(({ rawBody }) => JSON.parse(rawBody.toString("utf8")));
}

describe("what happens without an API call, made to happen in the sandbox", () => {
  it("position.opened: the executor opens a position, with its order and fill, and tells the webhooks", async () => {
    const api = asKey("grd_opened");
    const events = ["order.created", "order.filled", "position.opened"];
    const [free] = await api.get("/strategies/");
    const { current_position: held } = await api.get(`/strategies/${free.package_id}`);
    // The strategy closes the position it holds first: on the executor's next cycle it leaves /positions.
    await api.call("POST", `/positions/${held.id}/close`);
    await expect
      .poll(async () => (await api.get(`/strategies/${free.package_id}`)).current_position, POLL)
      .toBeNull();
    const before = await api.get("/positions");
    const { body: webhook } = await api.call("POST", "/webhooks/", {
      name: "open",
      url: receiver.url,
      events,
    });

    const opened = await trigger("grd_opened", "position.opened", {
      package_id: free.package_id,
      side: "short",
    });
    expect(opened.status).toBe(200);
    const { position_id } = opened.body.data;

    const positions = await api.get("/positions");
    expect(positions).toHaveLength(before.length + 1);
    expect(positions.find((position: { id: number }) => position.id === position_id)).toMatchObject({
      package_id: free.package_id,
      side: "short",
    });
    expect(await api.get(`/positions/${position_id}`)).toMatchObject({ status: "open", id: position_id });
    expect((await api.get(`/strategies/${free.package_id}`)).current_position).toMatchObject({
      id: position_id,
    });
    const [order] = await api.get("/orders");
    expect(order).toMatchObject({ package_id: free.package_id, side: "sell", status: "filled" });
    expect((await api.get("/fills"))[0]).toMatchObject({ order_id: order.id });

    await expect.poll(() => verifiedEvents(webhook.secret).length, POLL).toBe(3);
    expect(verifiedEvents(webhook.secret).map((delivery) => delivery.event)).toEqual(events);
    expect(verifiedEvents(webhook.secret)[2].data).toEqual(opened.body.data);
  });

  it("position.opened for a strategy that already holds one is refused, naming it", async () => {
    const api = asKey("grd_held");
    const [strategy] = await api.get("/strategies/");
    const { current_position: held } = await api.get(`/strategies/${strategy.package_id}`);
    expect(await trigger("grd_held", "position.opened", { package_id: strategy.package_id })).toEqual({
      status: 400,
      body: { status: "error", message: `Strategy ${strategy.package_id} already holds position ${held.id}` },
    });
  });

  it("strategy.promoted and strategy.demoted move a strategy between its trading modes, shown in deployments", async () => {
    const api = asKey("grd_promote");
    const [strategy] = await api.get("/strategies/");
    const modes = ["paper", "canary", "live"];
    const deployments = await api.get("/strategies/deployments");

    const step = modes.indexOf(strategy.trading_mode) < 2 ? "strategy.promoted" : "strategy.demoted";
    const moved = await trigger("grd_promote", step, { package_id: strategy.package_id, reason: "by hand" });
    expect(moved.status).toBe(200);
    const to = modes[modes.indexOf(strategy.trading_mode) + (step === "strategy.promoted" ? 1 : -1)];
    expect(moved.body.data).toMatchObject({
      from_mode: strategy.trading_mode,
      to_mode: to,
      reason: "by hand",
    });
    const listed = await api.get("/strategies/");
    expect(listed[0].trading_mode).toBe(to);
    const [latest, ...rest] = await api.get("/strategies/deployments");
    expect(latest).toMatchObject({
      package_id: strategy.package_id,
      from_mode: strategy.trading_mode,
      to_mode: to,
    });
    expect(rest).toEqual(deployments.slice(0, rest.length));
  });

  it("a strategy already live cannot be promoted, and one on paper cannot be demoted", async () => {
    const [strategy] = await asKey("grd_ends").get("/strategies/");
    for (let moves = 0; moves < 3; moves += 1) await trigger("grd_ends", "strategy.promoted", {});
    const further = await trigger("grd_ends", "strategy.promoted", {});
    expect(further).toEqual({
      status: 400,
      body: {
        status: "error",
        message: `Strategy ${strategy.package_id} trades live: it cannot be promoted further`,
      },
    });
  });

  it("an event the sandbox cannot make happen is 404, listing those it can", async () => {
    expect(await trigger("grd_unknown", "regime.changed")).toEqual({
      status: 404,
      body: {
        status: "error",
        message:
          "No sandbox event regime.changed: the sandbox can make position.opened, strategy.promoted, strategy.demoted happen",
      },
    });
  });

  it("the events stay in the sandbox of the key they were sent with", async () => {
    const [strategy] = await asKey("grd_own").get("/strategies/");
    const deployments = await asKey("grd_other").get("/strategies/deployments");
    await trigger("grd_own", "strategy.demoted", { package_id: strategy.package_id });
    await trigger("grd_own", "strategy.promoted", { package_id: strategy.package_id });
    expect(await asKey("grd_own").get("/strategies/deployments")).toHaveLength(deployments.length + 2);
    expect(await asKey("grd_other").get("/strategies/deployments")).toEqual(deployments);
    expect((await asKey("grd_other").get("/strategies/"))[0]).toEqual(strategy);
  });
});
