// Who is in the meeting (`in_meeting`) and how a finished session went (`summary`), on
// the session object, the history list and join eligibility.
import { describe, expect, it } from "vitest";
import { api } from "../support/api-client";
import { createSessionBetween, friendPair, post, startedSession } from "../support/sessions";
import { adminUser } from "../support/admin";

async function join(sessionId: number, user: { token: string }) {
  const token = await api(`/api/v1/sessions/${sessionId}/join-token/`, { method: "POST", token: user.token });
  expect(token.status, token.text).toBe(201);
  const redeemed = await api("/api/v1/sessions/join-token/validate/", { method: "POST", token: user.token, body: { token: token.body.token } });
  expect(redeemed.status, redeemed.text).toBe(200);
}

describe("GET /api/v1/sessions/:id – in_meeting and summary", () => {
  it("GET /api/v1/sessions/:id – plain Jitsi reports no joins: in_meeting stays empty, opened_meeting says who opened the link and when", async () => {
    const { a, b, session } = await startedSession();
    expect(session).toMatchObject({ in_meeting: [], presence_reported: false, opened_meeting: [], summary: null });
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    await join(session.id, a);
    for (const viewer of [a, b]) {
      const body = (await api(`/api/v1/sessions/${session.id}/`, { token: viewer.token })).body;
      expect(body).toMatchObject({ in_meeting: [], presence_reported: false, opened_meeting: [{ id: a.id, name: a.name, at: expect.stringMatching(/Z$/) }], summary: null });
      const eligibility = (await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: viewer.token })).body;
      expect(eligibility).toMatchObject({ in_meeting: [], opened_meeting: [{ id: a.id }] });
    }
    await join(session.id, b);
    const after = (await api(`/api/v1/sessions/${session.id}/`, { token: a.token })).body;
    expect(after.in_meeting).toEqual([]);
    expect(after.opened_meeting.map((person: { id: number }) => person.id)).toEqual([a.id, b.id]);
  });

  it("GET /api/v1/sessions/:id – opening the link changes the eligibility ETag, so pollers see it", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const before = await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: b.token });
    await join(session.id, a);
    const after = await api(`/api/v1/sessions/${session.id}/join-eligibility/`, { token: b.token, headers: { "if-none-match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    expect(after.body.opened_meeting).toMatchObject([{ id: a.id }]);
  });

  it("POST /api/v1/sessions/:id/end – the summary says who ended it, when, who joined and for how long", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    await join(session.id, a);
    const ended = await post(`/api/v1/sessions/${session.id}/end/`, b);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      in_meeting: [],
      summary: {
        finished_by: { id: b.id, name: b.name },
        reason: "ended",
        finished_at: ended.body.ended_at,
        held: true,
        duration_seconds: expect.any(Number),
        joined: [{ id: a.id, name: a.name }],
      },
    });
    expect(ended.body.summary.duration_seconds).toBeGreaterThanOrEqual(0);
  });

  it("GET /api/v1/sessions/ – a session nobody joined is not held; cancel and unfriend say why", async () => {
    const [a, b] = await friendPair();
    const first = await createSessionBetween(a, b);
    await post(`/api/v1/sessions/${first.id}/start/`, a);
    expect((await post(`/api/v1/sessions/${first.id}/end/`, a)).body.summary).toEqual({
      finished_by: { id: a.id, name: a.name },
      reason: "ended",
      finished_at: expect.stringMatching(/Z$/),
      held: false,
      duration_seconds: null,
      joined: [],
    });
    const second = await createSessionBetween(a, b);
    expect((await post(`/api/v1/sessions/${second.id}/cancel/`, b)).body.summary).toMatchObject({ finished_by: { id: b.id }, reason: "cancelled", held: false });
    const third = await createSessionBetween(a, b);
    expect((await api(`/api/v1/friends/${b.id}`, { method: "DELETE", token: a.token })).status).toBe(204);
    const history = await api("/api/v1/sessions/", { token: b.token });
    expect(history.status).toBe(200);
    expect(history.body.map((row: { id: number; summary: { reason: string } }) => [row.id, row.summary.reason])).toEqual([
      [third.id, "unfriended"],
      [second.id, "cancelled"],
      [first.id, "ended"],
    ]);
    expect(history.body[0].summary.finished_by).toEqual({ id: a.id, name: a.name });
  });

  it("POST /api/v1/admin/sessions/:id/cancel – the summary says an admin cancelled it", async () => {
    const { a, session } = await startedSession();
    const admin = await adminUser();
    expect((await api(`/api/v1/admin/sessions/${session.id}/cancel`, { method: "POST", token: admin.token })).status).toBe(200);
    expect((await api(`/api/v1/sessions/${session.id}/`, { token: a.token })).body.summary).toMatchObject({ reason: "admin", finished_by: { id: admin.id }, held: false });
  });
});
