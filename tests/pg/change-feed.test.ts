// Two app instances on one PostgreSQL database: a change made through one is seen by a
// poll on the other within 1 s, because each instance's caches are evicted by the change
// feed (lib/changes/). The same holds when the feed's LISTEN connections are killed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { startedSession } from "../support/sessions";
import { withSql } from "../support/sql";
import { LISTENER, listenerPids, waitForListeners } from "../support/change-feed";

let second: AppServer;

beforeAll(async () => {
  second = await startAppServer({ name: "pg-second", databaseUrl: inject("databaseUrl") });
});

afterAll(async () => {
  await second?.stop();
});

const onSecond = (path: string, user: TestUser, headers: Record<string, string> = {}) => api(path, { token: user.token, headers, baseUrl: second.baseUrl });
const onFirst = (path: string, user: TestUser, method = "POST") => api(path, { method, token: user.token });

/** Polls until `check` passes; fails if that takes more than 1 s. */
async function withinOneSecond(poll: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await poll()) return performance.now() - started;
    if (performance.now() - started > 1_000) throw new Error("not reflected within 1 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls join eligibility on the second instance the way the waiting room does, with its last ETag. */
async function warmEligibility(sessionId: number, user: TestUser) {
  const path = `/api/v1/sessions/${sessionId}/join-eligibility`;
  const first = await onSecond(path, user);
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag")!;
  expect((await onSecond(path, user, { "if-none-match": etag })).status).toBe(304);
  return async (expected: Record<string, unknown>) =>
    withinOneSecond(async () => {
      const response = await onSecond(path, user, { "if-none-match": etag });
      return response.status === 200 && Object.entries(expected).every(([key, value]) => response.body[key] === value);
    });
}

describe("change feed across two instances", () => {
  it("each instance listens on one connection of its own", async () => {
    // Each server starts its feed at boot (instrumentation.ts); on a loaded machine the
    // connection may still be on its way, so this waits for presence, not for latency.
    expect(await waitForListeners((pids) => pids.length === 2)).toHaveLength(2);
  });

  it("POST /sessions/:id/ready on one instance – the other's poll shows it", async () => {
    const { a, b, session } = await startedSession("Ready A", "Ready B");
    const expectOnB = await warmEligibility(session.id, b);
    expect((await onFirst(`/api/v1/sessions/${session.id}/ready`, a)).status).toBe(200);
    await expectOnB({ other_ready: true });
  });

  it("POST /sessions/:id/cancel and /end on one instance – the other's poll shows it", async () => {
    const cancelled = await startedSession("Cancel A", "Cancel B");
    const cancelOnB = await warmEligibility(cancelled.session.id, cancelled.b);
    expect((await onFirst(`/api/v1/sessions/${cancelled.session.id}/cancel`, cancelled.a)).status).toBe(200);
    await cancelOnB({ status: "cancelled", reason: "session_over" });

    const ended = await startedSession("End A", "End B");
    const endOnB = await warmEligibility(ended.session.id, ended.b);
    expect((await onFirst(`/api/v1/sessions/${ended.session.id}/end`, ended.a)).status).toBe(200);
    await endOnB({ status: "completed", can_join: false });
  });

  it("DELETE /friends/:id on one instance – the other stops the session and the chat", async () => {
    const { a, b, session } = await startedSession("Unfriend A", "Unfriend B");
    const expectOnB = await warmEligibility(session.id, b);
    expect((await onSecond(`/api/v1/chats/${a.id}/messages?after=0`, b)).status).toBe(200);
    expect((await onFirst(`/api/v1/friends/${b.id}`, a, "DELETE")).status).toBe(204);
    await expectOnB({ status: "cancelled" });
    await withinOneSecond(async () => (await onSecond(`/api/v1/chats/${a.id}/messages?after=0`, b)).status === 403);
    await withinOneSecond(async () => (await onSecond(`/api/v1/chats`, b)).body.length === 0);
  });

  it("a role change in SQL – the other instance's admin check follows at once, both ways", async () => {
    const user = await createUser("Promoted");
    expect((await onSecond("/api/v1/users/me", user)).body.role).toBe("user");
    expect((await onSecond("/api/v1/admin/sessions", user)).status).toBe(404);
    await withSql((client) => client.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [user.id]));
    await withinOneSecond(async () => (await onSecond("/api/v1/admin/sessions", user)).status === 200);
    await withSql((client) => client.query(`UPDATE users SET role = 'user' WHERE id = $1`, [user.id]));
    await withinOneSecond(async () => (await onSecond("/api/v1/admin/sessions", user)).status === 404);
  });

  it("a token-version bump or rename in SQL is announced, and the other instance re-reads the user", async () => {
    const user = await createUser("Renamed");
    expect((await onSecond("/api/v1/users/me", user)).body.name).toBe("Renamed");
    const heard = await withSql(async (client) => {
      const notifications: unknown[] = [];
      client.on("notification", (message: pg.Notification) => notifications.push(JSON.parse(message.payload!)));
      await client.query("LISTEN pairline_changes");
      await client.query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [user.id]);
      await client.query(`UPDATE users SET name = 'Renamed Twice' WHERE id = $1`, [user.id]);
      await client.query("SELECT 1");
      return notifications;
    });
    expect(heard).toEqual([
      { kind: "user", id: user.id, users: [user.id] },
      { kind: "user", id: user.id, users: [user.id] },
    ]);
    // The bump revokes the token the other instance has cached facts for: it must hear it.
    await withinOneSecond(async () => (await onSecond("/api/v1/users/me", user)).status === 401);
    const issued = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: user.password }, baseUrl: second.baseUrl });
    expect(issued.status).toBe(200);
    const me = await onSecond("/api/v1/users/me", { ...user, token: issued.body.access_token });
    expect(me.body.name).toBe("Renamed Twice");
  });

  it("after the listener connections are killed, polls still reflect changes at once, and the feed comes back", async () => {
    const { a, b, session } = await startedSession("Lost A", "Lost B");
    const readyOnB = await warmEligibility(session.id, b);
    const before = await listenerPids();
    expect(before).toHaveLength(2);
    await withSql((client) => client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [LISTENER]));
    // Changed while nobody listens: the notification is lost for good.
    expect((await onFirst(`/api/v1/sessions/${session.id}/ready`, a)).status).toBe(200);
    await readyOnB({ other_ready: true });

    // Both instances reconnect (backoff starts at 100 ms) and start over with empty caches.
    const after = await waitForListeners((pids) => pids.length === 2 && pids.every((pid) => !before.includes(pid)));
    expect(after).toHaveLength(2);
    expect(after.some((pid) => before.includes(pid))).toBe(false);

    const cancelOnB = await warmEligibility(session.id, b);
    expect((await onFirst(`/api/v1/sessions/${session.id}/cancel`, a)).status).toBe(200);
    await cancelOnB({ status: "cancelled" });
  });

  it("a friendship made on one instance opens the chat on the other", async () => {
    const [a, b] = await Promise.all([createUser("Late A"), createUser("Late B")]);
    expect((await onSecond(`/api/v1/chats/${a.id}/messages?after=0`, b)).status).toBe(403);
    const asked = await api("/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id } });
    expect((await onFirst(`/api/v1/friends/requests/${asked.body.id}/accept`, b)).status).toBe(200);
    await withinOneSecond(async () => (await onSecond(`/api/v1/chats/${a.id}/messages?after=0`, b)).status === 200);
  });
});
