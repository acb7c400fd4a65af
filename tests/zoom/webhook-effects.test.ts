// Zoom's webhook events on real sessions: joined/left audit entries, meeting.ended, and
// repeated deliveries that change nothing.
import { describe, expect, inject, it } from "vitest";
import { api } from "../support/api-client";
import { fakeZoomClient } from "../support/fake-zoom";
import { auditTrail, post, startedSession } from "../support/sessions";
import { meetingEndedEvent, participantEvent, sendZoomWebhook } from "../support/zoom-webhook";

describe("POST /api/v1/webhooks/zoom – meeting.participant_joined / _left", () => {
  it("POST /api/v1/webhooks/zoom – joined, matched by email: a `joined` entry for that user", async () => {
    const { a, b, session } = await startedSession();
    const started = Date.now();
    const response = await sendZoomWebhook(participantEvent("meeting.participant_joined", session.zoom_meeting_id, { user_name: "B on Zoom", email: b.email.toUpperCase() }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: "recorded" });
    const entry = (await auditTrail(session.id, a)).at(-1)!;
    expect(entry).toMatchObject({
      event_type: "joined",
      user: { id: b.id, name: b.name },
      message: `${b.name} joined the Zoom meeting`,
      metadata: { via: "zoom_webhook", zoom_participant: { name: "B on Zoom", email: b.email.toUpperCase(), participant_user_id: null } },
    });
  });

  it("POST /api/v1/webhooks/zoom – left, matched by display name: a `left` entry for that user", async () => {
    const { a, session } = await startedSession("Theodora", "Quentin");
    const response = await sendZoomWebhook(participantEvent("meeting.participant_left", session.zoom_meeting_id, { user_name: "theodora" }));
    expect(response.body.outcome).toBe("recorded");
    const entry = (await auditTrail(session.id, a)).at(-1)!;
    expect(entry).toMatchObject({ event_type: "left", user: { id: a.id } });
  });

  it("POST /api/v1/webhooks/zoom – a participant we cannot match: user null, Zoom's details in metadata", async () => {
    const { a, session } = await startedSession();
    const event = participantEvent("meeting.participant_joined", session.zoom_meeting_id, { user_name: "Mystery Guest", email: "guest@elsewhere.test", participant_user_id: "zoomUser123" });
    expect((await sendZoomWebhook(event)).body.outcome).toBe("recorded");
    const entry = (await auditTrail(session.id, a)).at(-1)!;
    expect(entry).toMatchObject({
      event_type: "joined",
      user: null,
      metadata: { via: "zoom_webhook", zoom_participant: { name: "Mystery Guest", email: "guest@elsewhere.test", participant_user_id: "zoomUser123" } },
    });
  });

  it("POST /api/v1/webhooks/zoom – the same delivery three times (also in parallel): one entry", async () => {
    const { a, b, session } = await startedSession();
    const event = participantEvent("meeting.participant_joined", session.zoom_meeting_id, { email: b.email });
    const first = await sendZoomWebhook(event);
    expect(first.body.outcome).toBe("recorded");
    // Zoom's retries carry fresh timestamps and signatures; the event inside is the same.
    const repeats = await Promise.all([sendZoomWebhook(event), sendZoomWebhook(event)]);
    for (const repeat of repeats) expect(repeat.body).toEqual({ received: true, outcome: "duplicate" });
    expect((await auditTrail(session.id, a)).filter((entry) => entry.event_type === "joined")).toHaveLength(1);
  });

  it("POST /api/v1/webhooks/zoom – a numeric meeting id in the payload matches too", async () => {
    const { a, session } = await startedSession();
    const event = participantEvent("meeting.participant_joined", session.zoom_meeting_id);
    (event.payload.object as { id: unknown }).id = Number(session.zoom_meeting_id);
    expect((await sendZoomWebhook(event)).body.outcome).toBe("recorded");
    expect((await auditTrail(session.id, a)).at(-1)!.event_type).toBe("joined");
  });
});

describe("POST /api/v1/webhooks/zoom – presence on the session (in_meeting, summary)", () => {
  it("POST /api/v1/webhooks/zoom – joined and left move in_meeting; meeting.ended gives a summary with reason meeting_ended", async () => {
    const { a, b, session } = await startedSession("Philippa", "Rupert");
    const inMeeting = async () => (await api(`/api/v1/sessions/${session.id}/`, { token: a.token })).body.in_meeting;
    await sendZoomWebhook(participantEvent("meeting.participant_joined", session.zoom_meeting_id, { email: b.email }));
    expect(await inMeeting()).toEqual([b.id]);
    await sendZoomWebhook(participantEvent("meeting.participant_joined", session.zoom_meeting_id, { user_name: "philippa" }));
    expect(await inMeeting()).toEqual([a.id, b.id].sort((x, y) => x - y));
    await sendZoomWebhook(participantEvent("meeting.participant_left", session.zoom_meeting_id, { email: b.email }));
    expect(await inMeeting()).toEqual([a.id]);
    // Someone Zoom cannot match to either friend is not counted.
    await sendZoomWebhook(participantEvent("meeting.participant_joined", session.zoom_meeting_id, { user_name: "Stranger" }));
    expect(await inMeeting()).toEqual([a.id]);

    await sendZoomWebhook(meetingEndedEvent(session.zoom_meeting_id));
    const after = (await api(`/api/v1/sessions/${session.id}/`, { token: b.token })).body;
    expect(after.in_meeting).toEqual([]);
    expect(after.summary).toMatchObject({ finished_by: null, reason: "meeting_ended", held: true, joined: [{ id: b.id }, { id: a.id }] });
  });
});

describe("POST /api/v1/webhooks/zoom – meeting.ended", () => {
  it("POST /api/v1/webhooks/zoom – an active session becomes completed; tokens die; repeats change nothing", async () => {
    const { a, b, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/ready/`, b);
    const token = (await post(`/api/v1/sessions/${session.id}/join-token/`, a)).body.token;
    const event = meetingEndedEvent(session.zoom_meeting_id);

    const response = await sendZoomWebhook(event);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: "recorded" });
    const after = await api(`/api/v1/sessions/${session.id}/`, { token: a.token });
    expect(after.body).toMatchObject({ status: "completed", ended_at: expect.stringMatching(/Z$/) });
    const ended = (await auditTrail(session.id, a)).filter((entry) => entry.event_type === "ended");
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ user: null, metadata: { via: "zoom_webhook" } });
    expect((await post("/api/v1/sessions/join-token/validate/", a, { token })).body.error.code).toBe("session_not_active");
    // The ended meeting is deleted after the answer, so its link cannot start it again.
    await expect
      .poll(async () => (await fakeZoomClient(inject("fakeZoomUrl")).requests("delete")).some((request) => request.path.endsWith(`/meetings/${session.zoom_meeting_id}`)))
      .toBe(true);

    expect((await sendZoomWebhook(event)).body).toEqual({ received: true, outcome: "ignored" });
    expect((await auditTrail(session.id, a)).filter((entry) => entry.event_type === "ended")).toHaveLength(1);
  });

  it("POST /api/v1/webhooks/zoom – for a session already cancelled: 200, nothing changes", async () => {
    const { a, session } = await startedSession();
    await post(`/api/v1/sessions/${session.id}/cancel/`, a);
    const before = await auditTrail(session.id, a);
    expect((await sendZoomWebhook(meetingEndedEvent(session.zoom_meeting_id))).body.outcome).toBe("ignored");
    expect(await auditTrail(session.id, a)).toEqual(before);
    expect((await api(`/api/v1/sessions/${session.id}/`, { token: a.token })).body.status).toBe("cancelled");
  });

  it("POST /api/v1/webhooks/zoom – a badly signed meeting.ended changes nothing", async () => {
    const { a, session } = await startedSession();
    const response = await sendZoomWebhook(meetingEndedEvent(session.zoom_meeting_id), { secret: "guessed" });
    expect(response.status).toBe(401);
    expect((await api(`/api/v1/sessions/${session.id}/`, { token: a.token })).body.status).toBe("active");
  });
});
