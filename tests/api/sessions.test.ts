import { describe, expect, it } from "vitest";
import { api, createUser, signInWithCookie } from "../support/api-client";
import { auditTrail, createSessionBetween, friendPair, post, startedSession } from "../support/sessions";

describe("POST /api/v1/sessions/create", () => {
  it("POST /api/v1/sessions/create – 403 not_friends for a stranger", async () => {
    const [a, stranger] = await Promise.all([createUser("A"), createUser("Stranger")]);
    const response = await post("/api/v1/sessions/create", a, { participant_id: stranger.id });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: { code: "not_friends", message: "Sessions are only possible between friends." } });
    expect((await api("/api/v1/sessions", { token: a.token })).body).toEqual([]);
  });

  it("POST /api/v1/sessions/create – 400 for yourself", async () => {
    const a = await createUser("Self");
    const response = await post("/api/v1/sessions/create", a, { participant_id: a.id });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { code: "cannot_session_with_self", message: "You cannot start a session with yourself.", fields: { participant_id: "Must be someone else" } },
    });
  });

  it("POST /api/v1/sessions/create – 404 for an unknown user", async () => {
    const a = await createUser("Lonely");
    const response = await post("/api/v1/sessions/create", a, { participant_id: 2_000_000_000 });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "user_not_found", message: "No such user." } });
  });

  it("POST /api/v1/sessions/create – 409 open_session_exists, from either side, until it is over", async () => {
    const [a, b] = await friendPair();
    const first = await createSessionBetween(a, b);
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const again = await post("/api/v1/sessions/create", from, { participant_id: to.id });
      expect(again.status).toBe(409);
      expect(again.body).toEqual({ error: { code: "open_session_exists", message: "You already have an open session with this friend.", session_id: first.id } });
    }
    await post(`/api/v1/sessions/${first.id}/start`, a);
    expect((await post("/api/v1/sessions/create", b, { participant_id: a.id })).status).toBe(409);
    await post(`/api/v1/sessions/${first.id}/cancel`, b);
    const next = await post("/api/v1/sessions/create", b, { participant_id: a.id });
    expect(next.status).toBe(201);
    expect(next.body.initiator.id).toBe(b.id);
  });

  it.each([
    ["no body", undefined, { participant_id: "Required" }],
    ["empty object", {}, { participant_id: "Required" }],
    ["string id", { participant_id: "2" }, { participant_id: "Expected a positive integer" }],
    ["float id", { participant_id: 1.5 }, { participant_id: "Expected a positive integer" }],
    ["zero", { participant_id: 0 }, { participant_id: "Expected a positive integer" }],
    ["negative", { participant_id: -3 }, { participant_id: "Expected a positive integer" }],
    ["huge", { participant_id: 1e20 }, { participant_id: "Expected a positive integer" }],
    ["null", { participant_id: null }, { participant_id: "Expected a positive integer" }],
    ["unknown field", { participant_id: 5, note: "hi" }, { note: "Unknown field" }],
  ])("POST /api/v1/sessions/create – 400 for %s", async (_label, body, fields) => {
    const a = await createUser("Fuzz");
    const response = await post("/api/v1/sessions/create", a, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
  });
});

describe("state rules", () => {
  it("POST /api/v1/sessions/:id/start – 409 invalid_state unless pending", async () => {
    const { a, b, session } = await startedSession();
    const again = await post(`/api/v1/sessions/${session.id}/start`, b);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: "invalid_state", message: "The session is active; only a pending or scheduled session can be started." } });
    await post(`/api/v1/sessions/${session.id}/end`, a);
    expect((await post(`/api/v1/sessions/${session.id}/start`, a)).body.error.code).toBe("invalid_state");
  });

  it("POST /api/v1/sessions/:id/ready – idempotent, one audit entry, allowed while pending", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const first = await post(`/api/v1/sessions/${session.id}/ready`, b);
    const second = await post(`/api/v1/sessions/${session.id}/ready/`, b);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: "pending", participant_ready: true, initiator_ready: false, join_blocked_reason: "not_started" });
    expect((await auditTrail(session.id, a)).filter((entry) => entry.event_type === "ready")).toHaveLength(1);
  });

  it("POST /api/v1/sessions/:id/ready – 409 once the session is over", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    await post(`/api/v1/sessions/${session.id}/cancel`, a);
    const response = await post(`/api/v1/sessions/${session.id}/ready`, b);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "invalid_state", message: "The session is cancelled; you can only get ready for a pending or active session." } });
  });

  it("POST /api/v1/sessions/:id/end – 409 unless active", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const response = await post(`/api/v1/sessions/${session.id}/end`, a);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "invalid_state", message: "The session is pending; it cannot be ended." } });
  });

  it("POST /api/v1/sessions/:id/cancel – pending or active; 409 afterwards; tokens revoked", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    const token = await post(`/api/v1/sessions/${session.id}/join-token`, a);
    expect(token.status).toBe(201);
    const cancelled = await post(`/api/v1/sessions/${session.id}/cancel`, a);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "cancelled", join_blocked_reason: "session_over" });
    const again = await post(`/api/v1/sessions/${session.id}/cancel`, b);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: { code: "invalid_state", message: "The session is cancelled; it cannot be cancelled." } });
    expect((await post("/api/v1/sessions/join-token/validate", a, { token: token.body.token })).body.error.code).toBe("session_not_active");
    const trail = await auditTrail(session.id, b);
    expect(trail.at(-1)).toMatchObject({ event_type: "cancelled", user: { id: a.id }, metadata: { provider_close: "ok" } });
  });

  it("POST /api/v1/sessions/:id/join-token – 409 unless active", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const response = await post(`/api/v1/sessions/${session.id}/join-token`, a);
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: "invalid_state", message: "The session is pending; join links exist only while it is active." } });
  });
});

describe("POST /api/v1/sessions/join-token/validate", () => {
  it("POST /api/v1/sessions/join-token/validate – 403 token_not_yours, and the owner can still use it", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    const token = await post(`/api/v1/sessions/${session.id}/join-token`, a);
    const outsider = await createUser("Thief");
    for (const user of [b, outsider]) {
      const response = await post("/api/v1/sessions/join-token/validate", user, { token: token.body.token });
      expect(response.status).toBe(403);
      expect(response.body).toEqual({ error: { code: "token_not_yours", message: "This join link was issued to someone else." } });
    }
    expect((await post("/api/v1/sessions/join-token/validate", a, { token: token.body.token })).status).toBe(200);
  });

  it.each([
    ["unknown token", { token: "A".repeat(43) }, 400, { code: "token_invalid", message: "This join link is not valid." }],
    ["empty token", { token: "" }, 400, { code: "validation_failed", message: "The request body is invalid.", fields: { token: "Required" } }],
    ["number", { token: 12 }, 400, { code: "validation_failed", message: "The request body is invalid.", fields: { token: expect.any(String) } }],
    ["missing", {}, 400, { code: "validation_failed", message: "The request body is invalid.", fields: { token: "Required" } }],
    ["too long", { token: "x".repeat(201) }, 400, { code: "validation_failed", message: "The request body is invalid.", fields: { token: "At most 200 characters" } }],
  ])("POST /api/v1/sessions/join-token/validate – %s", async (_label, body, status, error) => {
    const user = await createUser("Validator");
    const response = await post("/api/v1/sessions/join-token/validate", user, body);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error });
  });

  it("POST /api/v1/sessions/join-token/validate – a token is used once; the second try is token_used", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    const token = await post(`/api/v1/sessions/${session.id}/join-token`, a);
    expect((await post("/api/v1/sessions/join-token/validate", a, { token: token.body.token })).status).toBe(200);
    const again = await post("/api/v1/sessions/join-token/validate", a, { token: token.body.token });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ error: { code: "token_used", message: "This join link has already been used." } });
  });
});

describe("visibility of the meeting", () => {
  it("GET /api/v1/sessions/:id – URL and password only for a caller who can join now", async () => {
    const { a, b, session } = await startedSession();
    expect((await api(`/api/v1/sessions/${session.id}`, { token: a.token })).body.zoom_meeting_url).toBeNull();
    expect((await api(`/api/v1/sessions/${session.id}`, { token: b.token })).body.zoom_meeting_url).toBeNull();
    const list = await api("/api/v1/sessions", { token: a.token });
    expect(list.body[0].zoom_meeting_url).toBeNull();
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    expect((await api(`/api/v1/sessions/${session.id}`, { token: a.token })).body.zoom_meeting_url).toMatch(/^https:/);
    expect((await api(`/api/v1/sessions/${session.id}`, { token: b.token })).body.zoom_meeting_url).toBeNull();
    expect((await api("/api/v1/sessions", { token: a.token })).body[0].zoom_meeting_url).toMatch(/^https:/);
  });
});

describe("GET /api/v1/sessions/:id/join-eligibility", () => {
  it("GET /api/v1/sessions/:id/join-eligibility – ETag, 304 on If-None-Match, new ETag after a change", async () => {
    const { a, b, session } = await startedSession();
    const first = await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: a.token });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    const unchanged = await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: a.token, headers: { "if-none-match": etag! } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.text).toBe("");
    await post(`/api/v1/sessions/${session.id}/ready`, b);
    const changed = await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: a.token, headers: { "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.body.can_join).toBe(true);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("GET /api/v1/sessions", () => {
  it("GET /api/v1/sessions – newest first, status filter, limit and cursor with a Link header", async () => {
    const [me, ...friends] = await Promise.all([createUser("Hub"), createUser("F1"), createUser("F2"), createUser("F3")]);
    const { makeFriends } = await import("../support/api-client");
    const ids: number[] = [];
    for (const friend of friends) {
      await makeFriends(me, friend);
      ids.push((await createSessionBetween(me, friend)).id);
    }
    await post(`/api/v1/sessions/${ids[0]}/cancel`, me);
    const all = await api("/api/v1/sessions/", { token: me.token });
    expect(all.body.map((session: { id: number }) => session.id)).toEqual([...ids].reverse());
    expect(all.headers.get("link")).toBeNull();

    const page1 = await api("/api/v1/sessions?limit=2", { token: me.token });
    expect(page1.body.map((session: { id: number }) => session.id)).toEqual([ids[2], ids[1]]);
    const link = page1.headers.get("link");
    expect(link).toMatch(/^<\/api\/v1\/sessions\/?\?limit=2&cursor=\d+>; rel="next"$/);
    const nextPath = /^<([^>]+)>/.exec(link!)![1]!;
    const page2 = await api(nextPath, { token: me.token });
    expect(page2.body.map((session: { id: number }) => session.id)).toEqual([ids[0]]);
    expect(page2.headers.get("link")).toBeNull();

    const pending = await api("/api/v1/sessions?status=pending", { token: me.token });
    expect(pending.body.map((session: { id: number }) => session.id)).toEqual([ids[2], ids[1]]);
    const cancelled = await api("/api/v1/sessions?status=cancelled", { token: me.token });
    expect(cancelled.body.map((session: { id: number }) => session.id)).toEqual([ids[0]]);
    const theirs = await api("/api/v1/sessions", { token: friends[1]!.token });
    expect(theirs.body.map((session: { id: number }) => session.id)).toEqual([ids[1]]);
  });

  it.each([
    ["?status=done", { status: "Expected one of pending, active, completed, cancelled, scheduled, missed" }],
    ["?limit=0", { limit: "Expected an integer from 1 to 100" }],
    ["?limit=101", { limit: "Expected an integer from 1 to 100" }],
    ["?limit=ten", { limit: "Expected an integer from 1 to 100" }],
    ["?cursor=abc", { cursor: "Invalid cursor" }],
    ["?cursor=9999999999", { cursor: "Invalid cursor" }],
    ["?sort=asc", { sort: "Unknown field" }],
  ])("GET /api/v1/sessions%s – 400", async (query, fields) => {
    const user = await createUser("Lister");
    const response = await api(`/api/v1/sessions${query}`, { token: user.token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The query string is invalid.", fields } });
  });
});

describe("authorization matrix for /api/v1/sessions/:id/...", () => {
  const endpoints: [string, string][] = [
    ["GET", ""],
    ["POST", "start"],
    ["POST", "ready"],
    ["GET", "join-eligibility"],
    ["POST", "join-token"],
    ["POST", "end"],
    ["POST", "cancel"],
    ["GET", "audit-logs"],
  ];

  it.each(endpoints)("%s /api/v1/sessions/:id/%s – 401 anonymous, 403 outsider, 404 unknown, 404 non-numeric; the participant gets through", async (method, action) => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const outsider = await createUser("Outsider");
    const path = (id: string | number) => `/api/v1/sessions/${id}/${action}`;

    const anonymous = await api(path(session.id), { method });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("not_authenticated");

    const foreign = await api(path(session.id), { method, token: outsider.token });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ error: { code: "not_participant", message: "You are not part of this session." } });

    const unknown = await api(path(2_000_000_000), { method, token: a.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: "session_not_found", message: "No such session." } });

    for (const bad of ["abc", "1.5", "-1", "0", "99999999999", "2147483648", "1e3"]) {
      const response = await api(path(bad), { method, token: a.token });
      expect(response.status, bad).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    }

    // The participant is let through to the rules (which may still say 409/403 for the state).
    const allowed = await api(path(session.id), { method, token: b.token });
    expect([200, 201, 403, 409]).toContain(allowed.status);
    if (allowed.status === 403) expect(allowed.body.error.code).not.toBe("not_participant");

    // The outsider's attempts changed nothing.
    const trail = await auditTrail(session.id, a);
    expect(trail.filter((entry) => entry.user?.id === outsider.id)).toEqual([]);
  });

  it.each(["start", "ready", "join-token", "end", "cancel"])("POST /api/v1/sessions/:id/%s – bodies are refused with a JSON 4xx and change nothing", async (action) => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const before = await api(`/api/v1/sessions/${session.id}`, { token: a.token });
    const cases: [string | undefined, string | undefined, number, string][] = [
      ['{"unexpected":1}', "application/json", 400, "validation_failed"],
      ["[1,2]", "application/json", 400, "validation_failed"],
      ["{not json", "application/json", 400, "invalid_json"],
      ["participant_id=3", "application/x-www-form-urlencoded", 415, "unsupported_media_type"],
      ['"x"', "text/plain", 415, "unsupported_media_type"],
    ];
    for (const [rawBody, contentType, status, code] of cases) {
      const response = await api(`/api/v1/sessions/${session.id}/${action}`, { method: "POST", token: a.token, rawBody, contentType });
      expect(response.status, rawBody).toBe(status);
      expect(response.body.error.code).toBe(code);
    }
    const after = await api(`/api/v1/sessions/${session.id}`, { token: a.token });
    expect(after.body).toEqual(before.body);
    expect((await auditTrail(session.id, a)).map((entry) => entry.event_type)).toEqual(["created"]);
  });

  it("POST /api/v1/sessions/:id/start – a cookie request from another site is refused and starts nothing", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    const cookie = await signInWithCookie(a.email, a.password);
    const refused = await api(`/api/v1/sessions/${session.id}/start`, { method: "POST", cookie, headers: { origin: "https://evil.example" } });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { code: "csrf_rejected", message: "Cross-site request refused." } });
    expect((await api(`/api/v1/sessions/${session.id}`, { token: a.token })).body.status).toBe("pending");
    const { baseUrl } = await import("../support/api-client");
    const allowed = await api(`/api/v1/sessions/${session.id}/start`, { method: "POST", cookie, headers: { origin: baseUrl() } });
    expect(allowed.status).toBe(200);
  });
});
