import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, makeFriends, signInWithCookie, type TestUser } from "../support/api-client";
import { adminUser, call, friends, openSession, uniqueTag } from "../support/admin";

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

const NOT_AUTHENTICATED = { error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } };
const NO_SUCH_ENDPOINT = { error: { code: "not_found", message: "No such endpoint." } };
const invalidQuery = (fields: Record<string, string>) => ({ error: { code: "validation_failed", message: "The query string is invalid.", fields } });

let admin: TestUser;
beforeAll(async () => {
  admin = await adminUser();
});

describe("access control: the admin area does not exist for anyone but admins", () => {
  const endpoints: [string, string][] = [
    ["GET", "/api/v1/admin/sessions"],
    ["GET", "/api/v1/admin/sessions/:id"],
    ["GET", "/api/v1/admin/sessions/:id/audit-logs"],
    ["POST", "/api/v1/admin/sessions/:id/cancel"],
    // A method the path does not serve, and an id that names nothing: still 401 / 404 first.
    ["DELETE", "/api/v1/admin/sessions"],
    ["GET", "/api/v1/admin/sessions/not-a-number"],
  ];

  it.each(endpoints)("%s %s – 401 anonymous, 404 (as for an unknown path) for a participant, by bearer and cookie", async (method, path) => {
    const [a, b] = await friends("Uma", "Vic");
    const session = await openSession(a, b);
    const url = path.replace(":id", String(session.id));

    const anonymous = await api(url, { method });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual(NOT_AUTHENTICATED);

    const unknownPath = await api(`/api/v1/no-such-thing/${session.id}`, { method, token: a.token });
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.body).toEqual(NO_SUCH_ENDPOINT);

    const cookie = await signInWithCookie(a.email, a.password);
    for (const auth of [{ token: a.token }, { token: b.token }, { cookie }, { cookie, headers: { origin: "https://evil.example" } }]) {
      const response = await api(url, { method, ...auth });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.text).toBe(unknownPath.text);
    }
    // Nothing happened to the session.
    expect((await api(`/api/v1/sessions/${session.id}`, { token: a.token })).body.status).toBe("pending");
  });

  it("GET, GET, GET, POST – 200 for an admin on every endpoint; 405 for a method a path does not serve", async () => {
    const [a, b] = await friends("Wes", "Xia");
    const session = await openSession(a, b);
    expect((await api("/api/v1/admin/sessions", { token: admin.token })).status).toBe(200);
    expect((await api(`/api/v1/admin/sessions/${session.id}`, { token: admin.token })).status).toBe(200);
    expect((await api(`/api/v1/admin/sessions/${session.id}/audit-logs`, { token: admin.token })).status).toBe(200);
    expect((await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", token: admin.token })).status).toBe(200);
    const wrongMethod = await api("/api/v1/admin/sessions", { method: "DELETE", token: admin.token });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toEqual({ error: { code: "method_not_allowed", message: "DELETE is not allowed here. Allowed: GET." } });
  });

  it("GET /api/v1/admin/sessions – an admin signed in with the browser cookie is let in, and cross-site writes are still refused", async () => {
    const cookie = await signInWithCookie(admin.email, admin.password);
    expect((await api("/api/v1/admin/sessions?limit=1", { cookie })).status).toBe(200);
    const [a, b] = await friends("Yan", "Zoe");
    const session = await openSession(a, b);
    const crossSite = await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", cookie, headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe("csrf_rejected");
  });
});

describe("GET /api/v1/admin/sessions", () => {
  // Three sessions among people whose names share a tag no other test uses:
  // pending (Quinn–Rosa), active (Quinn–Sam), cancelled (Rosa–Sam), created in that order.
  let tag: string;
  let quinn: TestUser, rosa: TestUser, sam: TestUser;
  let pending: any, active: any, cancelled: any;
  const list = async (query: string) => api(`/api/v1/admin/sessions?${query}`, { token: admin.token });
  const ids = (response: { body: { id: number }[] }) => response.body.map((session) => session.id);

  beforeAll(async () => {
    tag = uniqueTag();
    [quinn, rosa, sam] = await Promise.all([createUser(`Quinn ${tag}`), createUser(`Rosa ${tag}`), createUser(`Sam ${tag}`)]);
    await Promise.all([makeFriends(quinn, rosa), makeFriends(quinn, sam), makeFriends(rosa, sam)]);
    pending = await openSession(quinn, rosa);
    active = await openSession(quinn, sam, { start: true });
    // The starter may not join yet, so their view hides the Jitsi room (README, API); the admin's shows it.
    expect(active.zoom_meeting_id).toBeNull();
    active = (await api(`/api/v1/admin/sessions/${active.id}`, { token: admin.token })).body;
    cancelled = await openSession(rosa, sam);
    expect((await call(`/api/v1/sessions/${cancelled.id}/cancel`, sam)).status).toBe(200);
  });

  it("GET /api/v1/admin/sessions – newest first, the admin view: both emails, never the meeting URL or password", async () => {
    const response = await list(`q=${tag}`);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual([cancelled.id, active.id, pending.id]);
    const shown = response.body[1];
    expect(shown).toMatchObject({
      id: active.id,
      status: "active",
      initiator: { id: quinn.id, name: quinn.name, email: quinn.email },
      participant: { id: sam.id, name: sam.name, email: sam.email },
      started_by: quinn.id,
      video_provider: "jitsi",
      zoom_meeting_id: active.zoom_meeting_id,
      zoom_meeting_url: null,
      zoom_meeting_password: null,
      can_join: false,
      join_blocked_reason: null,
      allowed_actions: ["cancel"],
    });
    expect(Object.keys(shown).sort()).toEqual(
      [
        "id", "initiator", "participant", "status", "started_by", "video_provider", "zoom_meeting_id", "zoom_meeting_url", "zoom_meeting_password",
        "initiator_ready", "participant_ready", "can_join", "join_blocked_reason", "allowed_actions", "created_at", "started_at", "ended_at", "updated_at",
        "in_meeting", "summary", "waiting_for_you", "scheduled_for", "duration_minutes", "note", "invitation", "invitation_by", "sequence",
      ].sort(),
    );
    expect(response.headers.get("link")).toBeNull();
  });

  it.each([
    ["pending", () => [pending.id]],
    ["active", () => [active.id]],
    ["cancelled", () => [cancelled.id]],
    ["completed", () => []],
  ])("GET /api/v1/admin/sessions?status=%s – only that status", async (status, expected) => {
    const response = await list(`status=${status}&q=${tag}`);
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(expected());
    expect(response.body.every((session: any) => session.status === status)).toBe(true);
  });

  it("GET /api/v1/admin/sessions?q= – a name, case-insensitive, on either side", async () => {
    expect(ids(await list(`q=${encodeURIComponent(`ROSA ${tag.toUpperCase()}`)}`))).toEqual([cancelled.id, pending.id]);
    expect(ids(await list(`q=${encodeURIComponent(`sam ${tag}`)}`))).toEqual([cancelled.id, active.id]);
  });

  it("GET /api/v1/admin/sessions?q= – an email, whole or in part, case-insensitive", async () => {
    expect(ids(await list(`q=${encodeURIComponent(sam.email.toUpperCase())}`))).toEqual([cancelled.id, active.id]);
    const localPart = quinn.email.split("@")[0]!;
    expect(ids(await list(`q=${encodeURIComponent(localPart.slice(2))}`))).toEqual([active.id, pending.id]);
  });

  it("GET /api/v1/admin/sessions?q= – the exact meeting id, and nothing for a part of it", async () => {
    expect(active.zoom_meeting_id).toMatch(/^pairline-[0-9a-f]{32}$/);
    expect(ids(await list(`q=${active.zoom_meeting_id}`))).toEqual([active.id]);
    expect(ids(await list(`q=${active.zoom_meeting_id.slice(0, -1)}`))).toEqual([]);
  });

  it("GET /api/v1/admin/sessions?q= – `%` and `_` are plain characters, not wildcards", async () => {
    expect(ids(await list(`q=${encodeURIComponent(`${tag}%`)}`))).toEqual([]);
    expect(ids(await list(`q=${encodeURIComponent(`${tag.slice(0, 3)}_${tag.slice(4)}`)}`))).toEqual([]);
    expect(ids(await list(`q=${encodeURIComponent(`%${tag}`)}`))).toEqual([]);
  });

  it("GET /api/v1/admin/sessions?created_from=&created_to= – whole UTC days, inclusive", async () => {
    const today = pending.created_at.slice(0, 10);
    const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    expect(ids(await list(`q=${tag}&created_from=${today}&created_to=${today}`))).toEqual([cancelled.id, active.id, pending.id]);
    expect(ids(await list(`q=${tag}&created_from=${day(-1)}`))).toEqual([cancelled.id, active.id, pending.id]);
    expect(ids(await list(`q=${tag}&created_to=${day(-1)}`))).toEqual([]);
    expect(ids(await list(`q=${tag}&created_from=${day(1)}`))).toEqual([]);
  });

  it("GET /api/v1/admin/sessions?created_from=&created_to= – date-times are exact instants, inclusive, any offset", async () => {
    const at = active.created_at as string;
    const exactly = await list(`q=${tag}&created_from=${at}&created_to=${at}`);
    expect(exactly.status).toBe(200);
    expect(ids(exactly)).toContain(active.id);
    expect(exactly.body.every((session: any) => session.created_at === at)).toBe(true);

    const justBefore = new Date(Date.parse(at) - 1).toISOString();
    expect(ids(await list(`q=${tag}&created_to=${justBefore}`))).not.toContain(active.id);
    const justAfter = new Date(Date.parse(at) + 1).toISOString();
    expect(ids(await list(`q=${tag}&created_from=${justAfter}`))).not.toContain(active.id);

    // The same instant written in UTC+02:00.
    const shifted = new Date(Date.parse(at) + 2 * 3_600_000).toISOString().replace("Z", "+02:00");
    expect(ids(await list(`q=${tag}&created_from=${encodeURIComponent(shifted)}&created_to=${encodeURIComponent(shifted)}`))).toContain(active.id);
  });

  it("GET /api/v1/admin/sessions – empty filters (as a GET form sends them) filter nothing", async () => {
    expect(ids(await list(`status=&created_from=&created_to=&q=${tag}`))).toEqual([cancelled.id, active.id, pending.id]);
  });

  it("GET /api/v1/admin/sessions?limit= – cursor paging with a Link header until the end", async () => {
    const first = await list(`q=${tag}&limit=2`);
    expect(ids(first)).toEqual([cancelled.id, active.id]);
    expect(first.headers.get("link")).toBe(`</api/v1/admin/sessions?q=${tag}&limit=2&cursor=${active.id}>; rel="next"`);
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.get("link")!)![1]!;
    const second = await api(next, { token: admin.token });
    expect(ids(second)).toEqual([pending.id]);
    expect(second.headers.get("link")).toBeNull();
  });

  it("GET /api/v1/admin/sessions – sessions of everyone, not just the admin's own", async () => {
    const everyone = await list("limit=100");
    expect(everyone.status).toBe(200);
    expect(everyone.body.length).toBeGreaterThanOrEqual(3);
    const sorted = [...ids(everyone)].sort((x, y) => y - x);
    expect(ids(everyone)).toEqual(sorted);
  });

  it.each([
    ["an unknown status", "status=open", { status: "Expected one of pending, active, completed, cancelled, scheduled, missed" }],
    ["a word for a date", "created_from=yesterday", { created_from: "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone" }],
    ["an impossible day", "created_to=2025-02-30", { created_to: "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone" }],
    ["a date-time without a time zone", "created_from=2025-03-01T10:00:00", { created_from: "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with a time zone" }],
    ["a range that ends before it starts", "created_from=2025-03-02&created_to=2025-03-01", { created_to: "Must not be before created_from" }],
    ["a search over 200 characters", `q=${"x".repeat(201)}`, { q: "At most 200 characters" }],
    ["a zero limit", "limit=0", { limit: "Expected an integer from 1 to 100" }],
    ["a limit over 100", "limit=101", { limit: "Expected an integer from 1 to 100" }],
    ["a word for a limit", "limit=ten", { limit: "Expected an integer from 1 to 100" }],
    ["a bad cursor", "cursor=abc", { cursor: "Invalid cursor" }],
    ["a cursor beyond any id", "cursor=9999999999", { cursor: "Invalid cursor" }],
    ["an unknown parameter", "sort=asc", { sort: "Unknown field" }],
  ])("GET /api/v1/admin/sessions – 400 for %s", async (_label, query, fields) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(invalidQuery(fields));
  });
});

describe("GET /api/v1/admin/sessions/:id – join tokens by hash prefix only", () => {
  it("GET /api/v1/admin/sessions/:id – each token's prefix, owner and times; never a token, a full hash or the meeting link", async () => {
    const [a, b] = await friends("Tess", "Ugo");
    const session = await openSession(a, b, { start: true });
    expect((await call(`/api/v1/sessions/${session.id}/ready`, b)).status).toBe(200);
    const tokenA = await call(`/api/v1/sessions/${session.id}/join-token`, a);
    expect(tokenA.status, tokenA.text).toBe(201);
    expect((await call(`/api/v1/sessions/${session.id}/ready`, a)).status).toBe(200);
    const tokenB = await call(`/api/v1/sessions/${session.id}/join-token`, b);
    expect(tokenB.status, tokenB.text).toBe(201);
    const redeemed = await call("/api/v1/sessions/join-token/validate", b, { token: tokenB.body.token });
    expect(redeemed.status, redeemed.text).toBe(200);

    const response = await api(`/api/v1/admin/sessions/${session.id}`, { token: admin.token });
    expect(response.status).toBe(200);
    const hashA = sha256(tokenA.body.token);
    const hashB = sha256(tokenB.body.token);
    expect(response.body).toMatchObject({
      id: session.id,
      status: "active",
      initiator: { id: a.id, name: a.name, email: a.email },
      participant: { id: b.id, name: b.name, email: b.email },
      zoom_meeting_url: null,
      zoom_meeting_password: null,
    });
    const tokenRow = (hash: string, owner: typeof a, expiresAt: string, used: boolean) => ({
      id: expect.any(Number),
      hash_prefix: hash.slice(0, 12),
      owner: { id: owner.id, name: owner.name, email: owner.email },
      state: used ? "used" : "unused",
      created_at: expect.stringMatching(/Z$/),
      expires_at: expiresAt,
      used_at: used ? expect.stringMatching(/Z$/) : null,
      revoked_at: null,
    });
    expect(response.body.join_tokens).toEqual([tokenRow(hashA, a, tokenA.body.expires_at, false), tokenRow(hashB, b, tokenB.body.expires_at, true)]);
    for (const secret of [tokenA.body.token, tokenB.body.token, hashA.slice(0, 13), hashB.slice(0, 13), redeemed.body.meeting.join_url]) {
      expect(response.text).not.toContain(secret);
    }

    // Cancelling revokes the outstanding token; the used one stays used.
    const cancelledView = await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", token: admin.token });
    expect(cancelledView.status).toBe(200);
    expect(cancelledView.body.join_tokens.map((token: any) => token.state)).toEqual(["revoked", "used"]);
    expect(cancelledView.body.join_tokens[0].revoked_at).toMatch(/Z$/);
    expect(cancelledView.body.join_tokens[1].revoked_at).toBeNull();
    for (const secret of [tokenA.body.token, tokenB.body.token, hashA.slice(0, 13), hashB.slice(0, 13)]) {
      expect(cancelledView.text).not.toContain(secret);
    }
  });

  it("GET /api/v1/admin/sessions/:id – a session nobody has joined has no tokens", async () => {
    const [a, b] = await friends("Val", "Wil");
    const session = await openSession(a, b);
    const response = await api(`/api/v1/admin/sessions/${session.id}`, { token: admin.token });
    expect(response.status).toBe(200);
    expect(response.body.join_tokens).toEqual([]);
  });

  it.each([
    ["an unknown id", "2000000000", { error: { code: "session_not_found", message: "No such session." } }],
    ["a non-numeric id", "abc", { error: { code: "not_found", message: "No such session." } }],
  ])("GET /api/v1/admin/sessions/:id – 404 for %s", async (_label, id, body) => {
    for (const path of [`/api/v1/admin/sessions/${id}`, `/api/v1/admin/sessions/${id}/audit-logs`]) {
      const response = await api(path, { token: admin.token });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(body);
    }
    const cancel = await api(`/api/v1/admin/sessions/${id}/cancel`, { method: "POST", token: admin.token });
    expect(cancel.status).toBe(404);
    expect(cancel.body).toEqual(body);
  });
});

describe("GET /api/v1/admin/sessions/:id/audit-logs", () => {
  it("GET /api/v1/admin/sessions/:id/audit-logs – any session's trail, oldest first, filtered by event type", async () => {
    const [a, b] = await friends("Ali", "Bea");
    const session = await openSession(a, b, { start: true });
    await call(`/api/v1/sessions/${session.id}/ready`, b);
    await call(`/api/v1/sessions/${session.id}/ready`, a);

    const all = await api(`/api/v1/admin/sessions/${session.id}/audit-logs`, { token: admin.token });
    expect(all.status).toBe(200);
    expect(all.body.map((entry: any) => entry.event_type)).toEqual(["created", "started", "zoom_link_generated", "ready", "ready"]);
    expect(all.body.map((entry: any) => entry.id)).toEqual([...all.body.map((entry: any) => entry.id)].sort((x: number, y: number) => x - y));
    // The same entries the participants see, except that only the admin reads the Jitsi room name (README, API).
    const room = all.body[2].metadata.meeting_id;
    expect(room).toMatch(/^pairline-[0-9a-f]{32}$/);
    const withoutRoom = all.body.map((entry: any) => (entry.event_type === "zoom_link_generated" ? { ...entry, metadata: { provider: "jitsi" } } : entry));
    expect((await api(`/api/v1/sessions/${session.id}/audit-logs`, { token: a.token })).body).toEqual(withoutRoom);

    const ready = await api(`/api/v1/admin/sessions/${session.id}/audit-logs?event_type=ready`, { token: admin.token });
    expect(ready.body.map((entry: any) => entry.user.id)).toEqual([b.id, a.id]);
    const none = await api(`/api/v1/admin/sessions/${session.id}/audit-logs?event_type=cancelled`, { token: admin.token });
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    const empty = await api(`/api/v1/admin/sessions/${session.id}/audit-logs?event_type=`, { token: admin.token });
    expect(empty.body).toEqual(all.body);
  });

  it.each([
    ["an unknown event type", "event_type=deleted", { event_type: "Expected one of created, started, zoom_link_generated, ready, joined, left, ended, cancelled, start_timed_out, scheduled, rescheduled, invitation_accepted, invitation_declined, missed" }],
    ["an unknown parameter", "type=ready", { type: "Unknown field" }],
  ])("GET /api/v1/admin/sessions/:id/audit-logs – 400 for %s", async (_label, query, fields) => {
    const [a, b] = await friends("Cy", "Di");
    const session = await openSession(a, b);
    const response = await api(`/api/v1/admin/sessions/${session.id}/audit-logs?${query}`, { token: admin.token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(invalidQuery(fields));
  });
});

describe("POST /api/v1/admin/sessions/:id/cancel", () => {
  it.each([["a pending", false], ["an active", true]])("POST /api/v1/admin/sessions/:id/cancel – %s session, audited with the admin as the user", async (_label, start) => {
    const [a, b] = await friends("Eve", "Finn");
    const session = await openSession(a, b, { start });
    const response = await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", token: admin.token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: session.id, status: "cancelled", ended_at: expect.stringMatching(/Z$/), zoom_meeting_url: null });

    const cancelledEntries = await api(`/api/v1/admin/sessions/${session.id}/audit-logs?event_type=cancelled`, { token: admin.token });
    expect(cancelledEntries.body).toHaveLength(1);
    const [entry] = cancelledEntries.body;
    expect(entry).toMatchObject({
      session_id: session.id,
      event_type: "cancelled",
      user: { id: admin.id, name: admin.name },
      message: `${admin.name} (admin) cancelled the session`,
    });
    expect(entry.metadata).toMatchObject({ by_admin: true });

    // The participants see the session cancelled, and the admin's entry in their trail.
    expect((await api(`/api/v1/sessions/${session.id}`, { token: b.token })).body.status).toBe("cancelled");
    const trail = (await api(`/api/v1/sessions/${session.id}/audit-logs`, { token: a.token })).body;
    expect(trail.at(-1)).toEqual(entry);
    // The pair may open a new session right away.
    expect((await call("/api/v1/sessions/create", b, { participant_id: a.id })).status).toBe(201);
  });

  it("POST /api/v1/admin/sessions/:id/cancel – 409 invalid_state when the session is already over", async () => {
    const [a, b] = await friends("Gus", "Hal");
    const ended = await openSession(a, b, { start: true });
    expect((await call(`/api/v1/sessions/${ended.id}/end`, a)).status).toBe(200);
    const onEnded = await api(`/api/v1/admin/sessions/${ended.id}/cancel`, { method: "POST", token: admin.token });
    expect(onEnded.status).toBe(409);
    expect(onEnded.body).toEqual({ error: { code: "invalid_state", message: "The session is completed; it cannot be cancelled." } });

    const cancelled = await openSession(a, b);
    expect((await api(`/api/v1/admin/sessions/${cancelled.id}/cancel`, { method: "POST", token: admin.token })).status).toBe(200);
    const again = await api(`/api/v1/admin/sessions/${cancelled.id}/cancel`, { method: "POST", token: admin.token });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: "invalid_state", message: "The session is cancelled; it cannot be cancelled." } });
    const entries = await api(`/api/v1/admin/sessions/${cancelled.id}/audit-logs?event_type=cancelled`, { token: admin.token });
    expect(entries.body).toHaveLength(1);
  });

  it("POST /api/v1/admin/sessions/:id/cancel – 400 for a body with fields", async () => {
    const [a, b] = await friends("Ida", "Jo");
    const session = await openSession(a, b);
    const response = await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", token: admin.token, body: { reason: "spam" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { reason: "Unknown field" } } });
    expect((await api(`/api/v1/sessions/${session.id}`, { token: a.token })).body.status).toBe("pending");
  });
});
