// Scheduled sessions (README, Scheduling and calendars): every row of the API table —
// schedule, accept, decline, reschedule, cancel and start of a scheduled session, the
// list — with bad input, conflicts, the start window and `missed`, on this file's own
// server whose clock the tests move (tests/support/schedule-server.ts).
import { describe, expect, it } from "vitest";
import type { TestUser } from "../support/api-client";
import { MINUTE, scheduleServer } from "../support/schedule-server";

const s = scheduleServer("api-schedule");
const { call, schedule, pair, user, at, clock } = s;

const get = (id: number, who: TestUser) => call("GET", `/api/v1/sessions/${id}`, who);
const post = (path: string, who: TestUser, body?: unknown) => call("POST", path, who, body);
const audit = async (id: number, who: TestUser) => {
  const response = await call("GET", `/api/v1/sessions/${id}/audit-logs`, who);
  expect(response.status).toBe(200);
  return response.body as { event_type: string; user: { id: number } | null; metadata: any }[];
};
const sessionsOf = async (who: TestUser) => (await call("GET", "/api/v1/sessions?limit=100", who)).body as any[];

describe("POST /api/v1/sessions/schedule", () => {
  it("proposes a time: scheduled, proposed, by the caller, sequence 0; the invitee may answer", async () => {
    const [a, b] = await pair();
    const startsAt = at(120);
    const response = await post("/api/v1/sessions/schedule", a, { participant_id: b.id, starts_at: startsAt, duration_minutes: 45, note: "Pairing on the parser" });
    expect(response.status, response.text).toBe(201);
    const session = response.body;
    expect(session).toMatchObject({
      status: "scheduled",
      invitation: "proposed",
      invitation_by: a.id,
      scheduled_for: new Date(startsAt).toISOString(),
      duration_minutes: 45,
      note: "Pairing on the parser",
      sequence: 0,
      initiator: { id: a.id },
      participant: { id: b.id },
      can_join: false,
      join_blocked_reason: "not_started",
      zoom_meeting_url: null,
    });
    expect(session.allowed_actions).toEqual(["cancel", "reschedule"]);
    expect((await get(session.id, b)).body.allowed_actions).toEqual(["cancel", "accept", "decline", "reschedule"]);
    expect((await audit(session.id, a)).map((entry) => [entry.event_type, entry.user?.id, entry.metadata])).toEqual([
      ["scheduled", a.id, { starts_at: new Date(startsAt).toISOString(), duration_minutes: 45 }],
    ]);
  });

  it("defaults to 60 minutes, no note; a time with an offset is stored in UTC", async () => {
    const [a, b] = await pair();
    const utc = new Date(Date.now() + clock.offset() + 3 * 60 * MINUTE);
    utc.setUTCSeconds(0, 0);
    // The same instant written as +02:00.
    const local = new Date(utc.getTime() + 2 * 60 * MINUTE).toISOString().replace(/\.\d{3}Z$/, "+02:00");
    const response = await post("/api/v1/sessions/schedule", a, { participant_id: b.id, starts_at: local });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toMatchObject({ duration_minutes: 60, note: null, scheduled_for: utc.toISOString() });
  });

  const invalid = (fields: Record<string, string>) => ({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
  const cases: [string, (b: TestUser) => unknown, number, unknown][] = [
    ["no starts_at", (b) => ({ participant_id: b.id }), 400, invalid({ starts_at: "Required" })],
    ["starts_at not a date", (b) => ({ participant_id: b.id, starts_at: "tomorrow at 3" }), 400, invalid({ starts_at: "Expected an ISO 8601 date-time with a zone, e.g. 2026-12-24T15:00:00Z" })],
    ["starts_at without a zone", (b) => ({ participant_id: b.id, starts_at: "2030-01-01T10:00:00" }), 400, invalid({ starts_at: "Expected an ISO 8601 date-time with a zone, e.g. 2026-12-24T15:00:00Z" })],
    ["starts_at 4 minutes ahead", (b) => ({ participant_id: b.id, starts_at: at(4) }), 400, invalid({ starts_at: "Must be at least 5 minutes from now" })],
    ["starts_at in the past", (b) => ({ participant_id: b.id, starts_at: at(-60) }), 400, invalid({ starts_at: "Must be at least 5 minutes from now" })],
    ["starts_at 91 days ahead", (b) => ({ participant_id: b.id, starts_at: at(91 * 1440) }), 400, invalid({ starts_at: "Must be at most 90 days from now" })],
    ["duration 14", (b) => ({ participant_id: b.id, starts_at: at(60), duration_minutes: 14 }), 400, invalid({ duration_minutes: "Expected an integer from 15 to 240" })],
    ["duration 241", (b) => ({ participant_id: b.id, starts_at: at(60), duration_minutes: 241 }), 400, invalid({ duration_minutes: "Expected an integer from 15 to 240" })],
    ["duration as a string", (b) => ({ participant_id: b.id, starts_at: at(60), duration_minutes: "60" }), 400, invalid({ duration_minutes: "Expected an integer from 15 to 240" })],
    ["note of 501 characters", (b) => ({ participant_id: b.id, starts_at: at(60), note: "x".repeat(501) }), 400, invalid({ note: "At most 500 characters" })],
    ["an unknown field", (b) => ({ participant_id: b.id, starts_at: at(60), room: "x" }), 400, null],
    ["no participant", () => ({ starts_at: at(60) }), 400, invalid({ participant_id: "Required" })],
  ];
  it.each(cases)("400 – %s, and nothing is created", async (_label, body, status, expected) => {
    const [a, b] = await pair();
    const response = await post("/api/v1/sessions/schedule", a, body(b));
    expect(response.status, response.text).toBe(status);
    if (expected) expect(response.body).toEqual(expected);
    else expect(response.body.error.code).toBe("validation_failed");
    expect(await sessionsOf(a)).toEqual([]);
  });

  it("400 with yourself, 404 an unknown user, 403 someone who is not a friend; nothing created", async () => {
    const [a] = await pair();
    const stranger = await user("Stranger");
    const self = await post("/api/v1/sessions/schedule", a, { participant_id: a.id, starts_at: at(60) });
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe("cannot_session_with_self");
    const unknown = await post("/api/v1/sessions/schedule", a, { participant_id: 2_000_000_000, starts_at: at(60) });
    expect(unknown.body).toEqual({ error: { code: "user_not_found", message: "No such user." } });
    const notFriend = await post("/api/v1/sessions/schedule", a, { participant_id: stranger.id, starts_at: at(60) });
    expect(notFriend.status).toBe(403);
    expect(notFriend.body.error.code).toBe("not_friends");
    expect(await sessionsOf(a)).toEqual([]);
  });

  it("409 schedule_conflict when either person has a proposed or accepted session overlapping; touching ends do not overlap", async () => {
    const [a, b] = await pair();
    const c = await user("Carol");
    const { makeFriends } = await import("../support/api-client");
    await makeFriends(a, c, { baseUrl: s.base() });
    await makeFriends(b, c, { baseUrl: s.base() });
    const first = await schedule(a, b, 120, { duration_minutes: 60 });
    // A (initiator of the first) with Carol, overlapping by 30 minutes.
    const overlapA = await post("/api/v1/sessions/schedule", a, { participant_id: c.id, starts_at: at(150) });
    expect(overlapA.status).toBe(409);
    expect(overlapA.body.error).toMatchObject({ code: "schedule_conflict", session_id: first.id });
    // Carol with B (participant of the first), starting earlier and ending inside it.
    const overlapB = await post("/api/v1/sessions/schedule", c, { participant_id: b.id, starts_at: at(100), duration_minutes: 30 });
    expect(overlapB.status).toBe(409);
    expect(overlapB.body.error.code).toBe("schedule_conflict");
    // Accepted still conflicts.
    expect((await post(`/api/v1/sessions/${first.id}/accept`, b)).status).toBe(200);
    expect((await post("/api/v1/sessions/schedule", c, { participant_id: a.id, starts_at: at(170), duration_minutes: 15 })).status).toBe(409);
    // Right after it ends, and right before it starts: fine.
    const firstStart = Date.parse(first.scheduled_for);
    const exactly = (ms: number) => new Date(ms).toISOString();
    expect((await post("/api/v1/sessions/schedule", a, { participant_id: c.id, starts_at: exactly(firstStart + 60 * MINUTE), duration_minutes: 15 })).status).toBe(201);
    expect((await post("/api/v1/sessions/schedule", c, { participant_id: b.id, starts_at: exactly(firstStart - 60 * MINUTE), duration_minutes: 60 })).status).toBe(201);
    // A cancelled session no longer blocks its time.
    expect((await post(`/api/v1/sessions/${first.id}/cancel`, a)).status).toBe(200);
    await schedule(c, a, 130, { duration_minutes: 30 });
  });

  it("a scheduled session is not the pair's open session: an instant one can exist beside it", async () => {
    const [a, b] = await pair();
    const planned = await schedule(a, b, 60);
    const instant = await post("/api/v1/sessions/create/", b, { participant_id: a.id });
    expect(instant.status, instant.text).toBe(201);
    // And another scheduled one at another time while the instant one is open.
    await schedule(b, a, 300);
    expect((await get(planned.id, a)).body.status).toBe("scheduled");
  });
});

describe("POST /api/v1/sessions/:id/accept and /decline", () => {
  it("the invitee accepts: accepted, audit invitation_accepted; the proposer cannot; twice is 409", async () => {
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    const byProposer = await post(`/api/v1/sessions/${session.id}/accept`, a);
    expect(byProposer.status).toBe(403);
    expect(byProposer.body.error.code).toBe("not_invitee");
    const accepted = await post(`/api/v1/sessions/${session.id}/accept`, b);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ status: "scheduled", invitation: "accepted", invitation_by: a.id, sequence: 0 });
    expect(accepted.body.allowed_actions).toEqual(["cancel", "reschedule"]);
    const again = await post(`/api/v1/sessions/${session.id}/accept`, b);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("invalid_state");
    const decline = await post(`/api/v1/sessions/${session.id}/decline`, b);
    expect(decline.status).toBe(409);
    expect((await audit(session.id, a)).map((entry) => entry.event_type)).toEqual(["scheduled", "invitation_accepted"]);
  });

  it("the invitee declines: cancelled, sequence + 1, audit invitation_declined; the proposer cannot", async () => {
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    const byProposer = await post(`/api/v1/sessions/${session.id}/decline`, a);
    expect(byProposer.status).toBe(403);
    expect(byProposer.body.error.code).toBe("not_invitee");
    const declined = await post(`/api/v1/sessions/${session.id}/decline`, b);
    expect(declined.status, declined.text).toBe(200);
    expect(declined.body).toMatchObject({ status: "cancelled", sequence: 1, allowed_actions: [] });
    expect((await audit(session.id, b)).map((entry) => [entry.event_type, entry.user?.id])).toEqual([
      ["scheduled", a.id],
      ["invitation_declined", b.id],
    ]);
    expect((await post(`/api/v1/sessions/${session.id}/accept`, b)).status).toBe(409);
  });

  it("an instant session cannot be accepted (409); someone else's session is 403; an unknown one 404", async () => {
    const [a, b] = await pair();
    const instant = await post("/api/v1/sessions/create/", a, { participant_id: b.id });
    expect((await post(`/api/v1/sessions/${instant.body.id}/accept`, b)).status).toBe(409);
    const planned = await schedule(a, b, 60);
    const outsider = await user("Eve");
    const foreign = await post(`/api/v1/sessions/${planned.id}/accept`, outsider);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("not_participant");
    expect((await post("/api/v1/sessions/2000000000/decline", b)).status).toBe(404);
    expect((await post(`/api/v1/sessions/${planned.id}/accept`, b, { extra: 1 })).status).toBe(400);
  });
});

describe("POST /api/v1/sessions/:id/reschedule", () => {
  it("either person proposes another time: proposed by them, sequence + 1, audit rescheduled; the other answers", async () => {
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    await post(`/api/v1/sessions/${session.id}/accept`, b);
    const newTime = at(240);
    const moved = await post(`/api/v1/sessions/${session.id}/reschedule`, b, { starts_at: newTime, duration_minutes: 30 });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ status: "scheduled", invitation: "proposed", invitation_by: b.id, sequence: 1, scheduled_for: new Date(newTime).toISOString(), duration_minutes: 30 });
    expect(moved.body.allowed_actions).toEqual(["cancel", "reschedule"]);
    expect((await get(session.id, a)).body.allowed_actions).toEqual(["cancel", "accept", "decline", "reschedule"]);
    expect((await post(`/api/v1/sessions/${session.id}/accept`, b)).status).toBe(403);
    expect((await post(`/api/v1/sessions/${session.id}/accept`, a)).body).toMatchObject({ invitation: "accepted", sequence: 1 });
    // The duration is kept when not given.
    const again = await post(`/api/v1/sessions/${session.id}/reschedule`, a, { starts_at: at(300) });
    expect(again.body).toMatchObject({ duration_minutes: 30, sequence: 2, invitation_by: a.id });
    const trail = await audit(session.id, a);
    expect(trail.map((entry) => entry.event_type)).toEqual(["scheduled", "invitation_accepted", "rescheduled", "invitation_accepted", "rescheduled"]);
    expect(trail[2]!.metadata).toEqual({ starts_at: new Date(newTime).toISOString(), duration_minutes: 30, previous_starts_at: session.scheduled_for });
  });

  it("400 for bad input and 409 schedule_conflict, changing nothing; 409 once it is not scheduled", async () => {
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    const other = await schedule(a, b, 300);
    for (const body of [{}, { starts_at: "soon" }, { starts_at: at(2) }, { starts_at: at(120), duration_minutes: 500 }, { starts_at: at(120), note: "x" }]) {
      const response = await post(`/api/v1/sessions/${session.id}/reschedule`, a, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const clash = await post(`/api/v1/sessions/${session.id}/reschedule`, b, { starts_at: at(290) });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ code: "schedule_conflict", session_id: other.id });
    // Moving within its own old time is no conflict with itself.
    expect((await post(`/api/v1/sessions/${session.id}/reschedule`, b, { starts_at: at(70) })).status).toBe(200);
    const after = (await get(session.id, a)).body;
    expect(after.sequence).toBe(1);
    await post(`/api/v1/sessions/${session.id}/cancel`, a);
    const late = await post(`/api/v1/sessions/${session.id}/reschedule`, a, { starts_at: at(120) });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("invalid_state");
  });
});

describe("POST /api/v1/sessions/:id/cancel on a scheduled session", () => {
  it("either person cancels: cancelled, sequence + 1, audit cancelled", async () => {
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    const cancelled = await post(`/api/v1/sessions/${session.id}/cancel`, b);
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "cancelled", sequence: 1, allowed_actions: [] });
    expect((await audit(session.id, a)).map((entry) => [entry.event_type, entry.user?.id])).toEqual([
      ["scheduled", a.id],
      ["cancelled", b.id],
    ]);
    expect((await post(`/api/v1/sessions/${session.id}/cancel`, a)).status).toBe(409);
  });
});

describe("GET /api/v1/sessions?status=scheduled", () => {
  it("lists upcoming sessions soonest first; missed and cancelled ones are not among them", async () => {
    const [a, b] = await pair();
    const later = await schedule(a, b, 600);
    const soon = await schedule(b, a, 60);
    const middle = await schedule(a, b, 300);
    const gone = await schedule(a, b, 900);
    await post(`/api/v1/sessions/${gone.id}/cancel`, a);
    const listed = await call("GET", "/api/v1/sessions?status=scheduled", a);
    expect(listed.status).toBe(200);
    expect(listed.body.map((session: { id: number }) => session.id)).toEqual([soon.id, middle.id, later.id]);
    const paged = await call("GET", "/api/v1/sessions?status=scheduled&limit=2", a);
    expect(paged.body.map((session: { id: number }) => session.id)).toEqual([soon.id, middle.id]);
    const next = /<([^>]+)>; rel="next"/.exec(paged.headers.get("link") ?? "")?.[1];
    expect(next).toBeTruthy();
    const nextUrl = new URL(next!, s.base());
    const rest = await call("GET", nextUrl.pathname + nextUrl.search, a);
    expect(rest.body.map((session: { id: number }) => session.id)).toEqual([later.id]);
  });
});

describe("the start window and missed (controlled clock)", () => {
  it("409 invitation_pending while proposed, 409 too_early before T − 10 min; starts from T − 10 min", async () => {
    clock.set(0);
    const [a, b] = await pair();
    const session = await schedule(a, b, 60);
    const pendingStart = await post(`/api/v1/sessions/${session.id}/start`, a);
    expect(pendingStart.status).toBe(409);
    expect(pendingStart.body.error.code).toBe("invitation_pending");
    await post(`/api/v1/sessions/${session.id}/accept`, b);
    const early = await post(`/api/v1/sessions/${session.id}/start`, b);
    expect(early.status).toBe(409);
    expect(early.body.error).toEqual({ code: "too_early", message: `The session can be started from 10 minutes before its time (${session.scheduled_for}).` });
    expect((await get(session.id, a)).body.allowed_actions).not.toContain("start");
    // 10 minutes before (and a few seconds of slack).
    clock.set(Date.parse(session.scheduled_for) - 10 * MINUTE + 5_000 - Date.now());
    expect((await get(session.id, a)).body.allowed_actions).toEqual(["start", "cancel", "reschedule"]);
    const started = await post(`/api/v1/sessions/${session.id}/start`, b);
    expect(started.status, started.text).toBe(200);
    expect(started.body).toMatchObject({ status: "active", started_by: b.id, invitation: "accepted" });
    expect((await audit(session.id, a)).map((entry) => entry.event_type)).toEqual(["scheduled", "invitation_accepted", "started", "zoom_link_generated"]);
    clock.set(0);
  });

  it("starts at the end of its window; a moment after, it is missed, with one audit entry", async () => {
    clock.set(0);
    const [a, b] = await pair();
    const inTime = await schedule(a, b, 30, { duration_minutes: 15 });
    await post(`/api/v1/sessions/${inTime.id}/accept`, b);
    const [c, d] = await pair("Carol", "Dan");
    const late = await schedule(c, d, 30, { duration_minutes: 15 });
    await post(`/api/v1/sessions/${late.id}/accept`, d);
    const end = Date.parse(inTime.scheduled_for) + 15 * MINUTE;
    clock.set(end - 3_000 - Date.now());
    const started = await post(`/api/v1/sessions/${inTime.id}/start`, a);
    expect(started.status, started.text).toBe(200);
    expect(started.body.status).toBe("active");
    // After the window: missed on every read, whether or not the sweep ran.
    clock.set(Date.parse(late.scheduled_for) + 16 * MINUTE - Date.now());
    const read = await get(late.id, c);
    expect(read.body).toMatchObject({ status: "missed", allowed_actions: [], can_join: false, join_blocked_reason: "session_over" });
    expect(read.body.summary).toMatchObject({ reason: "missed" });
    const tooLate = await post(`/api/v1/sessions/${late.id}/start`, d);
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.code).toBe("invalid_state");
    expect((await post(`/api/v1/sessions/${late.id}/cancel`, d)).status).toBe(409);
    expect((await post(`/api/v1/sessions/${late.id}/reschedule`, d, { starts_at: at(60) })).status).toBe(409);
    await get(late.id, d);
    const trail = await audit(late.id, c);
    expect(trail.map((entry) => [entry.event_type, entry.user])).toEqual([
      ["scheduled", { id: c.id, name: "Carol" }],
      ["invitation_accepted", { id: d.id, name: "Dan" }],
      ["missed", null],
    ]);
    const missed = await call("GET", "/api/v1/sessions?status=missed", c);
    expect(missed.body.map((session: { id: number }) => session.id)).toEqual([late.id]);
    expect((await call("GET", "/api/v1/sessions?status=scheduled", c)).body).toEqual([]);
    clock.set(0);
  });

  it("the sweep records a missed session nobody reads", async () => {
    clock.set(0);
    const [a, b] = await pair();
    const session = await schedule(a, b, 10, { duration_minutes: 15 });
    clock.set(26 * MINUTE);
    // Not read: the list computes `missed` itself but writes nothing; the loop (every 200 ms) records it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    clock.set(0);
    // With the clock back, only the recorded status can say missed.
    const read = await get(session.id, a);
    expect(read.body.status).toBe("missed");
    expect((await audit(session.id, a)).filter((entry) => entry.event_type === "missed")).toHaveLength(1);
  });

  it("409 open_session_exists when the pair has an instant session open at start time", async () => {
    clock.set(0);
    const [a, b] = await pair();
    const session = await schedule(a, b, 8);
    await post(`/api/v1/sessions/${session.id}/accept`, b);
    const instant = await post("/api/v1/sessions/create/", a, { participant_id: b.id });
    const refused = await post(`/api/v1/sessions/${session.id}/start`, a);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "open_session_exists", session_id: instant.body.id });
    await post(`/api/v1/sessions/${instant.body.id}/cancel`, a);
    expect((await post(`/api/v1/sessions/${session.id}/start`, a)).status).toBe(200);
  });
});
