// The example flow of docs/rules.md, step by step, through the /v1/... alias paths.
import { describe, expect, it } from "vitest";
import { api } from "../support/api-client";
import { auditTrail, friendPair, post } from "../support/sessions";

describe("the example flow (docs/rules.md) through /v1/sessions/...", () => {
  it("A creates, A starts, B marks ready so A can join, A marks ready so B can join, both join, B ends", async () => {
    const [a, b] = await friendPair("Alice", "Bob");

    // 1. A creates a session with B.
    const created = await api("/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toEqual({
      id: expect.any(Number),
      initiator: { id: a.id, name: "Alice" },
      participant: { id: b.id, name: "Bob" },
      status: "pending",
      started_by: null,
      video_provider: null,
      zoom_meeting_id: null,
      zoom_meeting_url: null,
      zoom_meeting_password: null,
      initiator_ready: false,
      participant_ready: false,
      can_join: false,
      join_blocked_reason: "not_started",
      allowed_actions: ["start", "ready", "cancel"],
      shown_actions: ["start", "ready", "cancel"],
      waiting_for_you: false,
      created_at: expect.stringMatching(/Z$/),
      started_at: null,
      ended_at: null,
      updated_at: expect.stringMatching(/Z$/),
      scheduled_for: null,
      duration_minutes: null,
      note: null,
      invitation: null,
      invitation_by: null,
      sequence: 0,
      in_meeting: [],
      presence_reported: false,
      opened_meeting: [],
      summary: null,
    });

    // 2. A starts: the meeting exists, but A may not enter until B is ready.
    const started = await api(`/v1/sessions/${id}/start/`, { method: "POST", token: a.token });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: "active", started_by: a.id, video_provider: "jitsi", can_join: false, join_blocked_reason: "waiting_for_other", zoom_meeting_url: null, zoom_meeting_password: null, allowed_actions: ["ready", "end", "cancel"] });
    // The Jitsi room name is the meeting's address: hidden until the caller may join (README, API).
    expect(started.body.zoom_meeting_id).toBeNull();
    expect(started.body.started_at).toMatch(/Z$/);

    // 3. B receives the chat card, which links the waiting room and never carries the meeting URL.
    const chat = await api(`/api/v1/chats/${a.id}/messages`, { token: b.token });
    expect(chat.status).toBe(200);
    const card = chat.body.find((message: { kind: string }) => message.kind === "session_link");
    expect(card).toMatchObject({ kind: "session_link", session_id: id, sender: { id: a.id, name: "Alice" }, text: "Alice started a video session" });
    expect(chat.text).not.toContain("meet.jit.si");

    const bBefore = await api(`/v1/sessions/${id}/`, { token: b.token });
    expect(bBefore.body).toMatchObject({ can_join: false, join_blocked_reason: "mark_yourself_ready", zoom_meeting_url: null, allowed_actions: ["ready", "end", "cancel"] });
    expect((await post(`/v1/sessions/${id}/join-token/`, b)).body).toEqual({
      error: { code: "cannot_join_yet", message: "You cannot join this session yet.", reason: "mark_yourself_ready" },
    });
    expect((await post(`/v1/sessions/${id}/join-token/`, a)).body.error.reason).toBe("waiting_for_other");
    // A's start waits for B (B is not ready), and the header's count says the same.
    expect([bBefore.body.waiting_for_you, started.body.waiting_for_you]).toEqual([true, false]);
    expect((await api("/api/v1/users/me/counts", { token: b.token })).body.waiting_sessions).toBe(1);

    // 4. B marks ready → A can join; B still waits for A.
    const bReady = await post(`/v1/sessions/${id}/ready/`, b);
    expect(bReady.status).toBe(200);
    expect(bReady.body).toMatchObject({ participant_ready: true, initiator_ready: false, can_join: false, join_blocked_reason: "waiting_for_other", allowed_actions: ["end", "cancel"] });
    const aView = await api(`/v1/sessions/${id}/`, { token: a.token });
    expect(aView.body).toMatchObject({ can_join: true, join_blocked_reason: null, allowed_actions: ["ready", "join", "end", "cancel"] });
    // Now A, not ready, is the one waited for: B is ready.
    expect([aView.body.waiting_for_you, bReady.body.waiting_for_you]).toEqual([true, false]);
    expect((await api("/api/v1/users/me/counts", { token: a.token })).body.waiting_sessions).toBe(1);
    expect(aView.body.zoom_meeting_url).toMatch(/^https:\/\/meet\.jit\.si\/pairline-[0-9a-f]{32}$/);
    expect(aView.body.zoom_meeting_url).toBe(`https://meet.jit.si/${aView.body.zoom_meeting_id}`);
    const aEligibility = await api(`/v1/sessions/${id}/join-eligibility/`, { token: a.token });
    expect(aEligibility.body).toEqual({
      session_id: id, status: "active", can_join: true, reason: null, you_ready: false, other_ready: true, started_by: a.id, updated_at: expect.any(String), in_meeting: [], opened_meeting: [],
    });

    // 5. A marks ready → B can join.
    expect((await post(`/v1/sessions/${id}/ready/`, a)).status).toBe(200);
    const bEligibility = await api(`/v1/sessions/${id}/join-eligibility/`, { token: b.token });
    expect(bEligibility.body).toMatchObject({ can_join: true, reason: null, you_ready: true, other_ready: true });

    // 6. Both join through one-time tokens.
    const aToken = await post(`/v1/sessions/${id}/join-token/`, a);
    expect(aToken.status).toBe(201);
    expect(aToken.body).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expires_at: expect.stringMatching(/Z$/), session_id: id, join_url: expect.stringContaining("/join/") });
    expect(aToken.body.join_url.endsWith(`/join/${aToken.body.token}`)).toBe(true);
    const bToken = await post(`/v1/sessions/${id}/join-token/`, b);
    const aJoin = await post("/v1/sessions/join-token/validate/", a, { token: aToken.body.token });
    expect(aJoin.status).toBe(200);
    expect(aJoin.body.meeting).toEqual({ provider: "jitsi", meeting_id: aView.body.zoom_meeting_id, join_url: aView.body.zoom_meeting_url, password: null });
    expect(aJoin.body.session.id).toBe(id);
    const bJoin = await post("/v1/sessions/join-token/validate/", b, { token: bToken.body.token });
    expect(bJoin.status).toBe(200);
    expect((await post("/v1/sessions/join-token/validate/", a, { token: aToken.body.token })).body.error.code).toBe("token_used");
    const spare = await post(`/v1/sessions/${id}/join-token/`, a);

    // 7. B ends the session; nobody can join any more and the spare token is revoked.
    const ended = await post(`/v1/sessions/${id}/end/`, b);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "completed", can_join: false, join_blocked_reason: "session_over", zoom_meeting_url: null, allowed_actions: [] });
    expect(ended.body.ended_at).toMatch(/Z$/);
    expect((await api(`/v1/sessions/${id}/`, { token: a.token })).body).toMatchObject({ status: "completed", join_blocked_reason: "session_over" });
    const late = await post("/v1/sessions/join-token/validate/", a, { token: spare.body.token });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("session_not_active");

    // 8. Both see the same audit trail, oldest first.
    const trail = await auditTrail(id, a);
    expect(trail.map((entry) => [entry.event_type, entry.user?.id ?? null])).toEqual([
      ["created", a.id],
      ["started", a.id],
      ["zoom_link_generated", a.id],
      ["ready", b.id],
      ["ready", a.id],
      ["joined", a.id],
      ["joined", b.id],
      ["ended", b.id],
    ]);
    expect(await auditTrail(id, b)).toEqual(trail);
    // Participants never read the room name in the audit log (README, API).
    expect(trail[2]!.metadata).toEqual({ provider: "jitsi" });
  });

  it("a starter who joins without pressing Ready is marked ready, so the other can join", async () => {
    const [a, b] = await friendPair();
    const { body: session } = await post("/v1/sessions/create/", a, { participant_id: b.id });
    await post(`/v1/sessions/${session.id}/start/`, a);
    await post(`/v1/sessions/${session.id}/ready/`, b);
    expect((await api(`/v1/sessions/${session.id}/join-eligibility/`, { token: b.token })).body.reason).toBe("waiting_for_other");
    const token = await post(`/v1/sessions/${session.id}/join-token/`, a);
    expect((await post("/v1/sessions/join-token/validate/", a, { token: token.body.token })).status).toBe(200);
    expect((await api(`/v1/sessions/${session.id}/join-eligibility/`, { token: b.token })).body).toMatchObject({ can_join: true, other_ready: true });
    const trail = await auditTrail(session.id, a);
    expect(trail.slice(-2).map((entry) => [entry.event_type, entry.user?.id, entry.metadata])).toEqual([
      ["ready", a.id, { via: "join" }],
      ["joined", a.id, { via: "join_token" }],
    ]);
  });

  it("the participant may start too; then the initiator is the one who must mark ready", async () => {
    const [a, b] = await friendPair();
    const { body: session } = await post("/v1/sessions/create/", a, { participant_id: b.id });
    const started = await post(`/v1/sessions/${session.id}/start/`, b);
    expect(started.body).toMatchObject({ started_by: b.id, join_blocked_reason: "waiting_for_other" });
    expect((await api(`/v1/sessions/${session.id}/`, { token: a.token })).body.join_blocked_reason).toBe("mark_yourself_ready");
    await post(`/v1/sessions/${session.id}/ready/`, a);
    expect((await api(`/v1/sessions/${session.id}/`, { token: b.token })).body.can_join).toBe(true);
  });
});
