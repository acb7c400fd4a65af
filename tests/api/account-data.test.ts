// Your data (README, Your data): GET /users/me/export (GDPR Art. 20) and DELETE /users/me
// (Art. 17). The export holds the caller's own messages and never the friend's texts; the
// deletion ends every credential, frees the email, removes friendships, requests and both
// sides' conversations, cancels open sessions with the reason, and leaves past sessions
// to the friend under "Deleted user" without an email. (Every table is scanned for the
// deleted person's email, name and hash on PostgreSQL: tests/pg/account-deletion.test.ts.)
import { describe, expect, it } from "vitest";
import { api, baseUrl, createUser, randomAddress, signInWithCookie, STRONG_PASSWORD, type TestUser } from "../support/api-client";
import { adminUser, call, friends, openSession, uniqueTag } from "../support/admin";
import { openEventStream } from "../support/event-stream";

const send = (from: TestUser, to: TestUser, text: string) => call(`/api/v1/chats/${to.id}/messages`, from, { text });

async function download(user: TestUser) {
  const response = await fetch(`${baseUrl()}/api/v1/users/me/export`, { headers: { authorization: `Bearer ${user.token}` } });
  return { response, text: await response.text() };
}

describe("GET /api/v1/users/me/export", () => {
  it("GET /api/v1/users/me/export – 401 without credentials", async () => {
    const response = await api("/api/v1/users/me/export");
    expect(response.status).toBe(401);
  });

  it("GET /api/v1/users/me/export – a JSON attachment with the caller's own messages, never the friend's text", async () => {
    const tag = uniqueTag();
    const [me, friend] = await friends(`Exporter ${tag}`, `Friend ${tag}`);
    const stranger = await createUser(`Stranger ${tag}`);
    await call("/api/v1/friends/requests", stranger, { user_id: me.id });
    expect((await send(me, friend, `mine one ${tag}`)).status).toBe(201);
    expect((await send(friend, me, `FRIEND SECRET ${tag}`)).status).toBe(201);
    expect((await send(me, friend, `mine two ${tag}`)).status).toBe(201);
    const session = await openSession(me, friend);
    await call(`/api/v1/sessions/${session.id}/cancel`, friend);

    const { response, text } = await download(me);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="pairline-export-${me.id}.json"`);
    expect(text).not.toContain("FRIEND SECRET");
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(["exported_at", "user", "preferences", "friends", "friend_requests", "sessions", "messages"]);
    expect(data.user).toMatchObject({ id: me.id, email: me.email, name: me.name, role: "user" });
    expect(data.preferences).toMatchObject({ show_presence: true, time_zone: "UTC" });
    expect(data.friends).toEqual([{ user: { id: friend.id, name: friend.name, email: friend.email }, since: expect.any(String) }]);
    expect(data.friend_requests.map((request: any) => [request.from_user.id, request.to_user.id, request.status])).toEqual([
      [me.id, friend.id, "accepted"],
      [stranger.id, me.id, "pending"],
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ id: session.id, status: "cancelled", initiator: { id: me.id }, participant: { id: friend.id } });
    expect(data.sessions[0].audit_entries.map((entry: any) => entry.event_type)).toEqual(["created", "cancelled"]);
    const texts = data.messages.map((message: any) => [message.friend_id, message.text]);
    expect(texts).toEqual([
      [friend.id, `mine one ${tag}`],
      [friend.id, `mine two ${tag}`],
    ]);
  });

  it("GET /api/v1/users/me/export – the fourth export within an hour is a 429 with Retry-After", async () => {
    const me = await createUser("Hoarder");
    for (let i = 0; i < 3; i++) expect((await download(me)).response.status).toBe(200);
    const refused = await api("/api/v1/users/me/export", { token: me.token });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(refused.body.error.message).toMatch(/^You have downloaded your data the most times allowed \(3 per hour\)\. Try again in /);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3500);
  });
});

describe("DELETE /api/v1/users/me", () => {
  it("DELETE /api/v1/users/me – 400 without a password, 401 for a wrong one; nothing is deleted", async () => {
    const me = await createUser("Keeper");
    const missing = await api("/api/v1/users/me", { method: "DELETE", token: me.token, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { password: "Required" } } });
    const wrong = await api("/api/v1/users/me", { method: "DELETE", token: me.token, body: { password: "not my password at all" } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: "invalid_credentials", message: "The password is incorrect." } });
    expect((await api("/api/v1/users/me", { token: me.token })).body).toMatchObject({ id: me.id, email: me.email });
  });

  it("DELETE /api/v1/users/me – wrong passwords count as failed sign-ins: the sixth from one address is a 429", async () => {
    const me = await createUser("Guessed");
    const headers = { "x-forwarded-for": randomAddress() };
    for (let i = 0; i < 5; i++) {
      const wrong = await api("/api/v1/users/me", { method: "DELETE", token: me.token, body: { password: `guess number ${i} wrong` }, headers });
      expect(wrong.status).toBe(401);
    }
    const limited = await api("/api/v1/users/me", { method: "DELETE", token: me.token, body: { password: me.password }, headers });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect((await api("/api/v1/users/me", { token: me.token })).status).toBe(200);
  });

  it("DELETE /api/v1/users/me – 204; credentials end, the email is free, conversations go, open sessions are cancelled, history reads \"Deleted user\"", async () => {
    const tag = uniqueTag();
    const [leaver, friend] = await friends(`Leaver ${tag}`, `Stayer ${tag}`);
    const [third] = await friends(`Third ${tag}`, `Other ${tag}`);
    await call("/api/v1/friends/requests", third, { user_id: leaver.id });
    await send(leaver, friend, `hello ${tag}`);
    await send(friend, leaver, `reply ${tag}`);
    const past = await openSession(leaver, friend);
    await call(`/api/v1/sessions/${past.id}/cancel`, leaver);
    const open = await openSession(friend, leaver, { start: true });
    const cookie = await signInWithCookie(leaver.email, leaver.password);
    const stream = await openEventStream({ token: leaver.token });

    const deleted = await api("/api/v1/users/me", { method: "DELETE", token: leaver.token, body: { password: leaver.password } });
    expect(deleted.status, deleted.text).toBe(204);
    const doneAt = Date.now();
    await stream.ended;
    expect(Date.now() - doneAt).toBeLessThan(1_000);

    // Every credential ended; signing in fails as for an unknown account.
    expect((await api("/api/v1/users/me", { token: leaver.token })).status).toBe(401);
    expect((await api("/api/v1/users/me", { cookie })).status).toBe(401);
    const signIn = await api("/api/v1/auth/token", { method: "POST", body: { email: leaver.email, password: leaver.password } });
    expect(signIn.status).toBe(401);
    expect(signIn.body.error.code).toBe("invalid_credentials");

    // The friend: no friendship, no conversation, no pending request from the third person.
    expect((await api("/api/v1/friends", { token: friend.token })).body).toEqual([]);
    expect((await api("/api/v1/chats", { token: friend.token })).body).toEqual([]);
    expect((await api("/api/v1/friends/requests", { token: third.token })).body.outgoing).toEqual([]);

    // The open session was cancelled with the reason; both sessions stay for the friend under "Deleted user".
    const openAfter = await api(`/api/v1/sessions/${open.id}/`, { token: friend.token });
    expect(openAfter.body).toMatchObject({ status: "cancelled", participant: { id: leaver.id, name: "Deleted user" } });
    expect(openAfter.body.participant.email).toBeUndefined();
    const trail = (await api(`/api/v1/sessions/${open.id}/audit-logs/`, { token: friend.token })).body;
    expect(trail.find((entry: any) => entry.event_type === "cancelled").metadata).toMatchObject({ reason: "account_deleted" });
    const pastAfter = await api(`/api/v1/sessions/${past.id}/`, { token: friend.token });
    expect(pastAfter.body).toMatchObject({ status: "cancelled", initiator: { id: leaver.id, name: "Deleted user" } });
    expect(pastAfter.text).not.toContain(leaver.email);
    const pastTrail = await api(`/api/v1/sessions/${past.id}/audit-logs/`, { token: friend.token });
    expect(pastTrail.text).not.toContain(`Leaver ${tag}`);
    expect(pastTrail.body.map((entry: any) => entry.event_type)).toEqual(["created", "cancelled"]);

    // Nobody finds them; the email registers again as a new account.
    expect((await api(`/api/v1/users?q=${encodeURIComponent(`Leaver ${tag}`)}`, { token: friend.token })).body).toEqual([]);
    const again = await api("/api/v1/auth/register", { method: "POST", body: { email: leaver.email, password: STRONG_PASSWORD, name: "Back Again" } });
    expect(again.status, again.text).toBe(201);
    expect(again.body.user.id).not.toBe(leaver.id);

    // Admins see it in no list; the placeholder has no detail page.
    const admin = await adminUser();
    expect((await api(`/api/v1/admin/users?q=${encodeURIComponent(`Leaver ${tag}`)}`, { token: admin.token })).body).toEqual([]);
    expect((await api(`/api/v1/admin/users/${leaver.id}`, { token: admin.token })).status).toBe(404);
  });

  it("DELETE /api/v1/users/me – planned sessions are cancelled for the friend and the calendar feed stops working", async () => {
    const tag = uniqueTag();
    const [leaver, friend] = await friends(`Planner ${tag}`, `Invitee ${tag}`);
    const startsAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const planned = await call("/api/v1/sessions/schedule", leaver, { participant_id: friend.id, starts_at: startsAt, duration_minutes: 30 });
    expect(planned.status, planned.text).toBe(201);
    const feed = await call("/api/v1/users/me/calendar-feed", leaver);
    expect(feed.status, feed.text).toBe(201);
    const feedPath = new URL(feed.body.url).pathname;
    expect((await api(feedPath)).status).toBe(200);

    const deleted = await api("/api/v1/users/me", { method: "DELETE", token: leaver.token, body: { password: leaver.password } });
    expect(deleted.status, deleted.text).toBe(204);

    expect((await api(feedPath)).status).toBe(404);
    const after = await api(`/api/v1/sessions/${planned.body.id}/`, { token: friend.token });
    expect(after.body).toMatchObject({ status: "cancelled", sequence: planned.body.sequence + 1, initiator: { id: leaver.id, name: "Deleted user" } });
    const trail = (await api(`/api/v1/sessions/${planned.body.id}/audit-logs/`, { token: friend.token })).body;
    expect(trail.find((entry: any) => entry.event_type === "cancelled").metadata).toMatchObject({ reason: "account_deleted" });
  });
});
