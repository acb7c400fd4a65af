// The last-admin rule under real parallel requests (README, Admin): two admins demoting,
// disabling or deleting each other (or themselves) at once must never leave no active
// admin. On a cluster of its own, so that no other file's admins count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createUser, randomAddress, type TestUser } from "../support/api-client";
import { serverOnOwnCluster, type OwnCluster } from "../support/own-cluster";
import { withSql } from "../support/sql";

let own: OwnCluster;
beforeAll(async () => {
  own = await serverOnOwnCluster("admin-races");
}, 120_000);
afterAll(async () => {
  await own?.stop();
});

const base = () => own.server.baseUrl;

async function activeAdmins(): Promise<number> {
  return withSql(async (client) => Number((await client.query("SELECT count(*) FROM users WHERE role = 'admin' AND status = 'active' AND deleted_at IS NULL")).rows[0].count), own.databaseUrl);
}

/** Two fresh admins, and no other active admin. */
async function twoAdmins(round: number): Promise<[TestUser, TestUser]> {
  // Each from an address of its own: this server keeps the default registration limit.
  const a = await createUser(`Race Admin A${round}`, { baseUrl: base(), address: randomAddress() });
  const b = await createUser(`Race Admin B${round}`, { baseUrl: base(), address: randomAddress() });
  await withSql(async (client) => {
    await client.query("UPDATE users SET role = 'user' WHERE role = 'admin'");
    await client.query("UPDATE users SET role = 'admin' WHERE id = ANY($1)", [[a.id, b.id]]);
  }, own.databaseUrl);
  // The role is read through the auth cache, which the change feed evicts.
  for (const user of [a, b]) {
    const deadline = Date.now() + 3_000;
    while ((await api("/api/v1/admin/users?limit=1", { token: user.token, baseUrl: base() })).status !== 200) {
      if (Date.now() > deadline) throw new Error("promotion not seen");
    }
  }
  expect(await activeAdmins()).toBe(2);
  return [a, b];
}

const post = (user: TestUser, path: string, body?: unknown) => api(path, { method: "POST", token: user.token, body, baseUrl: base() });

describe("the last-admin rule on PostgreSQL", () => {
  it("POST /api/v1/admin/users/:id/role – two admins demoting each other at once: one wins, one admin stays", async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = await twoAdmins(round);
      const [ab, ba] = await Promise.all([post(a, `/api/v1/admin/users/${b.id}/role`, { role: "user" }), post(b, `/api/v1/admin/users/${a.id}/role`, { role: "user" })]);
      const statuses = [ab.status, ba.status].sort();
      expect(statuses[0], `${ab.text} ${ba.text}`).toBe(200);
      // The loser was either already demoted (404, the admin area is gone for it) or the last admin (409).
      expect([404, 409]).toContain(statuses[1]);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("POST /api/v1/admin/users/:id/disable – two admins disabling each other at once: one admin stays active", async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = await twoAdmins(10 + round);
      const responses = await Promise.all([post(a, `/api/v1/admin/users/${b.id}/disable`, { reason: "race" }), post(b, `/api/v1/admin/users/${a.id}/disable`, { reason: "race" })]);
      expect(responses.filter((response) => response.status === 200), responses.map((r) => r.text).join(" ")).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("DELETE /api/v1/users/me – two admins deleting themselves at once, or one deleting while demoting the other: one admin stays", async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await twoAdmins(20 + round);
      const both = await Promise.all([a, b].map((user) => api("/api/v1/users/me", { method: "DELETE", token: user.token, body: { password: user.password }, baseUrl: base() })));
      expect(both.map((response) => response.status).sort(), both.map((r) => r.text).join(" ")).toEqual([204, 409]);
      expect(await activeAdmins()).toBe(1);

      const [c, d] = await twoAdmins(30 + round);
      const mixed = await Promise.all([
        api("/api/v1/users/me", { method: "DELETE", token: c.token, body: { password: c.password }, baseUrl: base() }),
        post(d, `/api/v1/admin/users/${d.id}/role`, { role: "user" }),
      ]);
      expect(mixed.filter((response) => response.status < 300), mixed.map((r) => r.text).join(" ")).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });
});
