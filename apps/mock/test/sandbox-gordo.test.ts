import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";
import { jsonApi } from "./support/api.js";
import { describedExample } from "./support/described-example.js";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gordo", port: 0, sandbox: true });
});
afterAll(() => mock?.close());

const asKey = (key: string) => jsonApi(mock.baseUrl, { "X-API-Key": key });

describe("the journal", () => {
  it("shows a created note first in later reads", async () => {
    const api = asKey("grd_notes");
    const before = await api.get("/analytics/notes");
    const created = await api.call("POST", "/analytics/notes", {
      content: "Took profit early",
      tags: ["funding"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ content: "Took profit early", package_id: null, tags: ["funding"] });
    expect(await api.get("/analytics/notes")).toEqual([created.body, ...before]);
  });
});

describe("webhooks", () => {
  it("are created with a fresh id and secret, updated and deleted", async () => {
    const api = asKey("grd_webhooks");
    const seeded = await api.get("/webhooks/");
    const input = { name: "Alerts", url: "http://127.0.0.1:9/hook", events: ["order.filled"] };
    const first = await api.call("POST", "/webhooks/", input);
    const second = await api.call("POST", "/webhooks/", input);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ...input,
      active: true,
      secret: expect.stringMatching(/^whsec_\w{32}$/),
    });
    expect(second.body.id).toBe(first.body.id + 1);
    expect(second.body.secret).not.toBe(first.body.secret);

    const { secret: _secret, ...shown } = first.body;
    expect(await api.get("/webhooks/")).toEqual([
      ...seeded,
      shown,
      expect.objectContaining({ id: second.body.id }),
    ]);

    const updated = await api.call("PATCH", `/webhooks/${first.body.id}`, { active: false, name: "Muted" });
    expect(updated.body).toEqual({ ...shown, active: false, name: "Muted" });
    expect(await api.get(`/webhooks/${first.body.id}/deliveries`)).toEqual([]);

    const deleted = await api.call("DELETE", `/webhooks/${first.body.id}`);
    expect(deleted.body).toEqual({ status: "deleted", webhook_id: first.body.id });
    const gone = await api.call("PATCH", `/webhooks/${first.body.id}`, { active: true });
    expect(gone).toEqual({ status: 404, body: { detail: "Webhook not found" } });
    expect((await api.get("/webhooks/")).map((webhook: { id: number }) => webhook.id)).not.toContain(
      first.body.id,
    );
  });
});

describe("sandboxes", () => {
  it("start from the description's examples", async () => {
    expect(await asKey("grd_fresh").get("/webhooks/")).toEqual(
      describedExample("gordo", "get /webhooks/", "200", "Webhooks"),
    );
  });

  it("are kept per API key, and POST /__sandbox/reset resets the sender's", async () => {
    const [alice, bob] = [asKey("grd_alice"), asKey("grd_bob")];
    const bobsNotes = await bob.get("/analytics/notes");
    await Promise.all([1, 2, 3].map((n) => alice.call("POST", "/analytics/notes", { content: `note ${n}` })));
    expect(await bob.get("/analytics/notes")).toEqual(bobsNotes);
    expect(await alice.get("/analytics/notes")).toHaveLength(bobsNotes.length + 3);

    const reset = await fetch(mock.resetUrl, { method: "POST", headers: { "X-API-Key": "grd_alice" } });
    expect(await reset.json()).toEqual({ status: "reset", sandboxes: 1 });
    expect(await alice.get("/analytics/notes")).toEqual(bobsNotes);
  });

  it("POST /__sandbox/reset without a credential resets every sandbox", async () => {
    await asKey("grd_carol").call("POST", "/analytics/notes", { content: "mine" });
    const reset = await fetch(mock.resetUrl, { method: "POST" });
    expect((await reset.json()).sandboxes).toBeGreaterThan(0);
    expect(await asKey("grd_carol").get("/analytics/notes")).toEqual(
      describedExample("gordo", "get /analytics/notes", "200", "Notes"),
    );
  });

  it("still reject invalid requests and honour Prefer", async () => {
    const api = asKey("grd_prefer");
    const invalid = await api.call("POST", "/analytics/notes", { content: "" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.detail).toMatch(/content/);
    const empty = await fetch(`${mock.baseUrl}/analytics/notes`, {
      headers: { "X-API-Key": "grd_prefer", Prefer: "example=Empty" },
    });
    expect(await empty.json()).toEqual([]);
  });
});

describe("a stateless mock", () => {
  it("answers with the examples and keeps nothing", async () => {
    const stateless = await startMock({ api: "gordo", port: 0 });
    try {
      const api = jsonApi(stateless.baseUrl, { "X-API-Key": "grd_stateless" });
      await api.call("POST", "/analytics/notes", { content: "forgotten" });
      expect(await api.get("/analytics/notes")).toEqual(
        describedExample("gordo", "get /analytics/notes", "200", "Notes"),
      );
      expect((await fetch(stateless.resetUrl, { method: "POST" })).status).toBe(404);
    } finally {
      await stateless.close();
    }
  });
});
