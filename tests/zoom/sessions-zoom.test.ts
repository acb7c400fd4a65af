// The sessions API with VIDEO_PROVIDER=zoom, against the fake Zoom: what Zoom receives,
// and how its failures reach our clients (502 / 503 with Retry-After / 504).
import { beforeEach, describe, expect, inject, it } from "vitest";
import { api } from "../support/api-client";
import { fakeZoomClient, type RecordedRequest } from "../support/fake-zoom";
import { auditTrail, createSessionBetween, friendPair, post, startedSession } from "../support/sessions";

const zoom = fakeZoomClient(inject("fakeZoomUrl"));

beforeEach(async () => {
  await zoom.reset();
});

/** Zoom create requests for one of our sessions (the agenda names it). */
async function createsFor(sessionId: number): Promise<RecordedRequest[]> {
  return (await zoom.requests("create")).filter((request) => (request.body as { agenda?: string }).agenda === `Pairline session #${sessionId}`);
}

async function closeCallsFor(meetingId: string) {
  return (await zoom.requests())
    .filter((request) => request.path === `/v2/meetings/${meetingId}/status` || request.path === `/v2/meetings/${meetingId}`)
    .map((request) => [request.method, request.path, request.body]);
}

describe("POST /api/v1/sessions/:id/start – with Zoom", () => {
  it("POST /api/v1/sessions/:id/start – creates a Zoom meeting joinable before the host, never exposing start_url", async () => {
    const [a, b] = await friendPair("Ada", "Grace");
    const session = await createSessionBetween(a, b);
    const started = await post(`/api/v1/sessions/${session.id}/start/`, a);
    expect(started.status, started.text).toBe(200);
    expect(started.body).toMatchObject({ status: "active", video_provider: "zoom", zoom_meeting_id: expect.stringMatching(/^\d+$/) });

    const creates = await createsFor(session.id);
    expect(creates).toHaveLength(1);
    const request = creates[0]!;
    expect(request.path).toBe("/v2/users/me/meetings");
    expect(request.headers.authorization).toMatch(/^Bearer /);
    expect(request.body).toMatchObject({
      topic: "Pairline: Ada & Grace",
      type: 2,
      password: expect.stringMatching(/^[A-Za-z0-9]{1,10}$/),
      settings: { join_before_host: true, waiting_room: false },
    });
    const [meeting] = (await zoom.meetings()).filter((candidate) => candidate.id === started.body.zoom_meeting_id);
    expect(meeting).toBeDefined();

    // Both ready: the join flow hands out Zoom's join_url and passcode, never the start_url.
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const token = (await post(`/api/v1/sessions/${session.id}/join-token/`, a)).body.token;
    const joined = await post("/api/v1/sessions/join-token/validate/", a, { token });
    expect(joined.status).toBe(200);
    expect(joined.body.meeting).toEqual({
      provider: "zoom",
      meeting_id: started.body.zoom_meeting_id,
      join_url: expect.stringContaining(`/j/${started.body.zoom_meeting_id}?pwd=`),
      password: (request.body as { password: string }).password,
    });
    const everything = [started.text, joined.text, JSON.stringify(await auditTrail(session.id, a)), (await api(`/api/v1/sessions/${session.id}`, { token: a.token })).text].join("\n");
    expect(everything).not.toMatch(/start_url|zak=|SECRET-HOST-KEY/);

    const linkEntry = (await auditTrail(session.id, a)).find((entry) => entry.event_type === "zoom_link_generated");
    expect(linkEntry?.metadata).toEqual({ provider: "zoom", meeting_id: started.body.zoom_meeting_id });
  });

  it("POST /api/v1/sessions/:id/start – reuses the server's Zoom token across starts", async () => {
    await startedSession(); // the server fetches (or already holds) a token
    await zoom.reset();
    await startedSession();
    await startedSession();
    expect(await zoom.requests("token")).toHaveLength(0);
    expect(await zoom.requests("create")).toHaveLength(2);
  });

  it("POST /api/v1/sessions/:id/start – a revoked Zoom token is replaced and the start succeeds", async () => {
    await startedSession(); // make sure the server holds a token
    await zoom.revokeTokens();
    const { session } = await startedSession();
    expect(session.video_provider).toBe("zoom");
    expect(await zoom.requests("token")).toHaveLength(1);
    expect((await createsFor(session.id)).length).toBe(2); // 401, then the retry
  });

  it.each([
    ["Zoom answers 500", 502, "provider_error", { status: 500 }, null],
    // Zoom's 429 is remembered for every start (README, Abuse limits): tests/zoom/provider-quota.test.ts
    // covers it on a server of its own, so the hold cannot reach the starts here.
    ["Zoom answers 201 with malformed JSON", 502, "provider_error", { status: 201, rawBody: "{not json" }, null],
    ["Zoom is slower than ZOOM_TIMEOUT_MS", 504, "provider_timeout", { delayMs: 2500 }, null],
  ] as const)("POST /api/v1/sessions/:id/start – %s: %i %s, the session stays pending, a retry succeeds", async (_label, status, code, failure, retryAfter) => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    await zoom.fail({ route: "create", ...failure });
    const failed = await post(`/api/v1/sessions/${session.id}/start/`, a);
    expect(failed.status).toBe(status);
    expect(failed.body.error.code).toBe(code);
    expect(failed.headers.get("retry-after")).toBe(retryAfter);
    expect(failed.text).not.toMatch(/Simulated|daily rate limit|fake-client-secret/);

    const after = await api(`/api/v1/sessions/${session.id}/`, { token: a.token });
    expect(after.body).toMatchObject({ status: "pending", video_provider: null, zoom_meeting_id: null, started_by: null });
    const trail = await auditTrail(session.id, a);
    if (code === "provider_timeout") {
      // Zoom may have made the meeting after all: the attempt is recorded for the operator.
      expect(trail.map((entry) => entry.event_type)).toEqual(["created", "start_timed_out"]);
      const topic = (await zoom.requests("create")).at(-1)!.body as { topic: string };
      expect(trail[1]).toMatchObject({ user: { id: a.id }, metadata: { provider: "zoom", topic: topic.topic, meeting_may_exist: true } });
      expect(Date.parse(trail[1]!.metadata.attempted_at as string)).toBeLessThanOrEqual(Date.parse(trail[1]!.created_at));
    } else {
      expect(trail.map((entry) => entry.event_type)).toEqual(["created"]);
    }

    const retried = await post(`/api/v1/sessions/${session.id}/start/`, b);
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body).toMatchObject({ status: "active", video_provider: "zoom", started_by: b.id });
  });

  it("POST /api/v1/sessions/:id/start – 12 parallel starts by both people create exactly one Zoom meeting", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    await zoom.fail({ route: "create", delayMs: 300 }); // keep the winner's call in flight while the others arrive
    const responses = await Promise.all(Array.from({ length: 12 }, (_, index) => post(`/api/v1/sessions/${session.id}/start/`, index % 2 ? a : b)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, ...Array(11).fill(409)]);
    expect(await createsFor(session.id)).toHaveLength(1);
    expect((await auditTrail(session.id, a)).filter((entry) => entry.event_type === "zoom_link_generated")).toHaveLength(1);
  });
});

describe("POST /api/v1/sessions/:id/end and /cancel – with Zoom", () => {
  it("POST /api/v1/sessions/:id/end – ends and deletes the Zoom meeting", async () => {
    const { a, session } = await startedSession();
    const ended = await post(`/api/v1/sessions/${session.id}/end/`, a);
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe("completed");
    expect(await closeCallsFor(session.zoom_meeting_id)).toEqual([
      ["PUT", `/v2/meetings/${session.zoom_meeting_id}/status`, { action: "end" }],
      ["DELETE", `/v2/meetings/${session.zoom_meeting_id}`, undefined],
    ]);
    const entry = (await auditTrail(session.id, a)).find((candidate) => candidate.event_type === "ended");
    expect(entry?.metadata).toMatchObject({ provider_close: "ok" });
  });

  it("POST /api/v1/sessions/:id/end – uses the token the start route fetched (one cache per server)", async () => {
    const { a, session } = await startedSession();
    await zoom.reset();
    expect((await post(`/api/v1/sessions/${session.id}/end/`, a)).status).toBe(200);
    expect(await zoom.requests("token")).toHaveLength(0);
  });

  it("POST /api/v1/sessions/:id/cancel – an active session: end + delete at Zoom", async () => {
    const { b, session } = await startedSession();
    const cancelled = await post(`/api/v1/sessions/${session.id}/cancel/`, b);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await closeCallsFor(session.zoom_meeting_id)).map(([method]) => method)).toEqual(["PUT", "DELETE"]);
  });

  it("POST /api/v1/sessions/:id/cancel – a pending session has no meeting: Zoom is not called", async () => {
    const [a, b] = await friendPair();
    const session = await createSessionBetween(a, b);
    expect((await post(`/api/v1/sessions/${session.id}/cancel/`, a)).status).toBe(200);
    expect((await zoom.requests()).filter((request) => request.route === "status" || request.route === "delete")).toEqual([]);
  });

  it("POST /api/v1/sessions/:id/end – a meeting Zoom no longer knows (404) still ends cleanly", async () => {
    const { a, session } = await startedSession();
    await zoom.reset(); // the fake forgets the meeting: Zoom answers 404 {code: 3001}
    const ended = await post(`/api/v1/sessions/${session.id}/end/`, a);
    expect(ended.status).toBe(200);
    const entry = (await auditTrail(session.id, a)).find((candidate) => candidate.event_type === "ended");
    expect(entry?.metadata).toMatchObject({ provider_close: "ok" });
  });

  it.each([
    ["Zoom answers 500", [{ route: "status", status: 500 }, { route: "delete", status: 500 }], /HTTP 500/],
    ["Zoom rate limits", [{ route: "status", status: 429 }, { route: "delete", status: 429 }], /HTTP 429/],
    ["Zoom is too slow", [{ route: "status", delayMs: 2500 }], /in time/],
  ] as const)("POST /api/v1/sessions/:id/end – %s: the session still ends, the failure is in the audit entry", async (_label, failures, error) => {
    const { a, session } = await startedSession();
    for (const failure of failures) await zoom.fail(failure);
    const ended = await post(`/api/v1/sessions/${session.id}/end/`, a);
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe("completed");
    const entry = (await auditTrail(session.id, a)).find((candidate) => candidate.event_type === "ended");
    expect(entry?.metadata).toMatchObject({ provider_close: "failed", provider_error: expect.stringMatching(error) });
    expect(JSON.stringify(entry)).not.toMatch(/Simulated|daily rate limit/);
  });

  it("POST /api/v1/sessions/:id/cancel – Zoom failing never blocks a cancel", async () => {
    const { b, session } = await startedSession();
    await zoom.fail({ route: "status", status: 500 });
    await zoom.fail({ route: "delete", status: 503 });
    const cancelled = await post(`/api/v1/sessions/${session.id}/cancel/`, b);
    expect(cancelled.status).toBe(200);
    const entry = (await auditTrail(session.id, b)).find((candidate) => candidate.event_type === "cancelled");
    expect(entry?.metadata).toMatchObject({ provider_close: "failed" });
  });
});
