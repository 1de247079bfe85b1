import { afterAll, beforeAll, expect, it } from "vitest";
import { type Mock, startMock } from "../src/index.js";

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ api: "gunbot", port: 0, sandbox: true });
});
afterAll(() => mock?.close());

const login = async (password: string) => {
  const response = await fetch(`${mock.baseUrl}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ password }),
  });
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body).toEqual({ status: "success", token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  return `Bearer ${body.token}`;
};
const use = (authorization: string) => fetch(`${mock.baseUrl}/time`, { headers: { authorization } });
const reset = async (authorization: string) =>
  (await (await fetch(mock.resetUrl, { method: "POST", headers: { authorization } })).json()).sandboxes;

it("each password's login gives a sandbox of its own; any other token shares the default one", async () => {
  const [alice, aliceAgain, bob] = [
    await login("ENC:YWxpY2VhbGljZWFsaWNlIQ=="),
    await login("ENC:YWxpY2VhbGljZWFsaWNlIQ=="),
    await login("ENC:Ym9iYm9iYm9iYm9iYm9iIQ=="),
  ];
  const documented = "Bearer YOUR_TOKEN";
  for (const authorization of [alice, bob, documented]) expect((await use(authorization)).status).toBe(200);

  expect(await reset(aliceAgain)).toBe(1);
  expect(await reset(alice)).toBe(0);
  expect(await reset(bob)).toBe(1);
  expect(await reset("Bearer another-unknown-token")).toBe(1);
  expect(await reset(documented)).toBe(0);
});
