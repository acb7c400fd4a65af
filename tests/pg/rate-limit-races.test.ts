// README, Abuse limits under really parallel requests on PostgreSQL: a limit is counted and
// checked in one statement before the work, so no burst gets past it. A server of this
// file's own runs at the default limits, with a fake Zoom to count the meetings made.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, randomAddress, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { appEnvForFakeZoom, startFakeZoom, type FakeZoom } from "../support/fake-zoom";
import { befriendHost, crowd, pendingSessions } from "../support/limits";
import { withSql } from "../support/sql";

const DATABASE = "pairline_rate_limit_races";
let server: AppServer;
let zoom: FakeZoom;
let base: string;
let databaseUrl: string;

beforeAll(async () => {
  await withSql((client) => client.query(`CREATE DATABASE ${DATABASE}`), inject("postgresAdminUrl"));
  databaseUrl = inject("postgresAdminUrl").replace(/\/postgres$/, `/${DATABASE}`);
  zoom = await startFakeZoom();
  server = await startAppServer({ name: "rate-limit-races", databaseUrl, extraEnv: appEnvForFakeZoom(zoom) });
  base = server.baseUrl;
});

afterAll(async () => {
  await server?.stop();
  await zoom?.close();
});

function statusCounts(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

const post = (path: string, user: TestUser, body?: unknown) => api(path, { method: "POST", token: user.token, body, baseUrl: base });

describe("rate limits under parallel requests on PostgreSQL", () => {
  it("POST /api/v1/auth/token – 40 parallel wrong sign-ins for one account from one address: at most 5 answered 401, the rest 429", async () => {
    const user = await createUser("Target", { baseUrl: base, address: randomAddress() });
    const attacker = randomAddress();
    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: "wrong-password" }, headers: { "x-forwarded-for": attacker }, baseUrl: base }),
      ),
    );
    const counts = statusCounts(responses);
    expect(Object.keys(counts).sort()).toEqual(["401", "429"]);
    expect(counts[401]).toBeLessThanOrEqual(5);
    expect(counts[401]! + counts[429]!).toBe(40);
    for (const refused of responses.filter((response) => response.status === 429)) {
      expect(refused.body.error.code).toBe("rate_limited");
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    }
    const owner = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: user.password }, headers: { "x-forwarded-for": randomAddress() }, baseUrl: base });
    expect(owner.status, owner.text).toBe(200);
  }, 120_000);

  it("POST /api/v1/chats/:friend_id/messages – 25 parallel sends with 20 left in the minute: exactly 20 succeed", async () => {
    const [a, b] = await crowd(base, 2, "Chat");
    await befriendHost(base, a!, [b!]);
    for (let i = 0; i < 10; i++) expect((await post(`/api/v1/chats/${b!.id}/messages`, a!, { text: `warm-up ${i}` })).status).toBe(201);
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => post(`/api/v1/chats/${b!.id}/messages`, a!, { text: `burst ${i}` })));
    expect(statusCounts(responses)).toEqual({ 201: 20, 429: 5 });
    const stored = await withSql((client) => client.query("SELECT count(*)::int AS n FROM messages WHERE sender_id = $1", [a!.id]), databaseUrl);
    expect(stored.rows[0].n).toBe(30);
    // The refused sends left the count at the limit.
    const counted = await withSql((client) => client.query("SELECT count FROM rate_limit_counters WHERE key = $1", [`chat:user:${a!.id}`]), databaseUrl);
    expect(counted.rows[0].count).toBe(30);
  }, 120_000);

  it("POST /api/v1/chats/:friend_id/messages – 25 parallel sends to a stranger: all 403 not_friends, nothing counted or stored", async () => {
    const [a, stranger] = await crowd(base, 2, "Stranger");
    const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => post(`/api/v1/chats/${stranger!.id}/messages`, a!, { text: `hi ${i}` })));
    expect(statusCounts(responses)).toEqual({ 403: 25 });
    for (const refused of responses) expect(refused.body.error.code).toBe("not_friends");
    const counted = await withSql((client) => client.query("SELECT count(*)::int AS n FROM rate_limit_counters WHERE key = $1", [`chat:user:${a!.id}`]), databaseUrl);
    expect(counted.rows[0].n).toBe(0);
    const stored = await withSql((client) => client.query("SELECT count(*)::int AS n FROM messages WHERE sender_id = $1", [a!.id]), databaseUrl);
    expect(stored.rows[0].n).toBe(0);
  }, 120_000);

  it("POST /api/v1/sessions/:id/start – 25 parallel starts of 25 sessions with Zoom: exactly 20 succeed and Zoom holds 20 meetings", async () => {
    const [host] = await crowd(base, 1, "Host");
    const friends = await crowd(base, 25, "Guest");
    await befriendHost(base, host!, friends);
    const sessions = await pendingSessions(base, host!, friends);
    await zoom.reset();
    const responses = await Promise.all(sessions.map((id) => post(`/api/v1/sessions/${id}/start/`, host!)));
    expect(statusCounts(responses)).toEqual({ 200: 20, 429: 5 });
    for (const refused of responses.filter((response) => response.status === 429)) expect(refused.body.error.code).toBe("rate_limited");
    expect(await zoom.meetings()).toHaveLength(20);
    expect(await zoom.requests("create")).toHaveLength(20);
    const active = await withSql((client) => client.query("SELECT count(*)::int AS n FROM sessions WHERE started_by_id = $1 AND status = 'active'", [host!.id]), databaseUrl);
    expect(active.rows[0].n).toBe(20);
  }, 120_000);
});
