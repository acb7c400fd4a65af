// README, The gate, enforced by the provider: with ZOOM_REGISTRATION=true each friend is a
// Zoom registrant with their own join URL. A server and a fake Zoom of this file's own, so
// the fake's records are this file's alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { api, type TestUser } from "../support/api-client";
import { appEnvForFakeZoom, startFakeZoom, type FakeZoom } from "../support/fake-zoom";
import { gateServer } from "../support/gate-server";
import { participantEvent, ZOOM_TEST_WEBHOOK_SECRET } from "../support/zoom-webhook";
import { signZoomPayload } from "@/lib/zoom-webhooks/verify-signature";

let fake: FakeZoom;
beforeAll(async () => {
  fake = await startFakeZoom();
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(async () => {
  await fake.reset();
});

const server = gateServer("zoom-registration", () => ({
  ...appEnvForFakeZoom(fake),
  ZOOM_REGISTRATION: "true",
  ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_TEST_WEBHOOK_SECRET,
  ZOOM_TIMEOUT_MS: "1500",
}));

const addressOf = (user: TestUser, sessionId: number) => `u${user.id}.s${sessionId}@${new URL(server.base()).hostname}`;
const routesCalled = async () => (await fake.requests()).map((request) => request.route).filter((route) => route !== "token");

async function startedAndOpen() {
  const [a, b] = await server.pair("Reg Alice", "Reg Bob");
  const session = await server.createSession(a, b);
  const started = await server.post(`/api/v1/sessions/${session.id}/start/`, a);
  expect(started.status, started.text).toBe(200);
  expect((await server.post(`/api/v1/sessions/${session.id}/ready/`, b)).status).toBe(200);
  return { a, b, session: started.body };
}

describe("Zoom registration (ZOOM_REGISTRATION=true)", () => {
  it("POST /api/v1/sessions/:id/start – a registration meeting, and each friend registered once on a synthetic address", async () => {
    const { a, b, session } = await startedAndOpen();
    const [create] = await fake.requests("create");
    expect((create!.body as { settings: unknown }).settings).toMatchObject({
      approval_type: 0,
      registrants_confirmation_email: false,
      registrants_email_notification: false,
      allow_multiple_devices: false,
    });
    const registrants = await fake.registrants();
    expect(registrants.map((registrant) => [registrant.meetingId, registrant.email, registrant.firstName])).toEqual([
      [session.zoom_meeting_id, addressOf(a, session.id), a.name],
      [session.zoom_meeting_id, addressOf(b, session.id), b.name],
    ]);
    const ownUrl = (user: TestUser) => registrants.find((registrant) => registrant.email === addressOf(user, session.id))!.joinUrl;

    // Each friend is sent to their own URL, however often they redeem; nobody is registered again.
    for (let round = 0; round < 2; round++) {
      const aJoined = await server.redeem(session.id, a);
      expect(aJoined.status, aJoined.text).toBe(200);
      expect(aJoined.body.meeting.join_url).toBe(ownUrl(a));
      const bJoined = await server.redeem(session.id, b);
      expect(bJoined.status, bJoined.text).toBe(200);
      expect(bJoined.body.meeting.join_url).toBe(ownUrl(b));
    }
    expect(await fake.requests("register")).toHaveLength(2);
    // The session object shows each person their own URL, never the meeting's general one (anyone could register through it).
    expect((await server.call(`/api/v1/sessions/${session.id}/`, a)).body.zoom_meeting_url).toBe(ownUrl(a));
    const bView = await server.call(`/api/v1/sessions/${session.id}/`, b);
    expect(bView.body.zoom_meeting_url).toBe(ownUrl(b));
    expect(bView.text).not.toContain(ownUrl(a));
  });

  it("POST /api/v1/sessions/:id/end – both registrants are cancelled before the meeting is deleted", async () => {
    const { a, session } = await startedAndOpen();
    const registrantIds = (await fake.registrants()).map((registrant) => registrant.registrantId);
    expect((await server.post(`/api/v1/sessions/${session.id}/end/`, a)).status).toBe(200);
    const calls = (await fake.requests()).filter((request) => ["registrant_status", "status", "delete"].includes(request.route));
    expect(calls.map((request) => [request.route, request.path, request.body])).toEqual([
      ["registrant_status", `/v2/meetings/${session.zoom_meeting_id}/registrants/status`, { action: "cancel", registrants: registrantIds.map((id) => ({ id })) }],
      ["status", `/v2/meetings/${session.zoom_meeting_id}/status`, { action: "end" }],
      ["delete", `/v2/meetings/${session.zoom_meeting_id}`, undefined],
    ]);
    expect((await fake.registrants()).map((registrant) => registrant.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("POST /api/v1/sessions/:id/cancel – both registrants are cancelled before the meeting is deleted", async () => {
    const { b, session } = await startedAndOpen();
    expect((await server.post(`/api/v1/sessions/${session.id}/cancel/`, b)).status).toBe(200);
    expect(await routesCalled()).toEqual(["create", "register", "register", "registrant_status", "status", "delete"]);
    expect(await fake.meetings()).toEqual([]);
  });

  it.each([
    ["a Zoom error", { status: 500 }, 502, "provider_error"],
    ["Zoom's rate limit", { status: 429, retryAfter: "45" }, 503, "provider_rate_limited"],
    ["no answer in time", { delayMs: 3000 }, 504, "provider_timeout"],
  ] as const)("POST /api/v1/sessions/:id/start – the second registrant failing with %s: meeting deleted, session pending, audited", async (_label, rule, status, code) => {
    const [a, b] = await server.pair("Undo Alice", "Undo Bob");
    const session = await server.createSession(a, b);
    await fake.fail({ route: "register", after: 1, ...rule });
    const refused = await server.post(`/api/v1/sessions/${session.id}/start/`, a);
    expect(refused.status, refused.text).toBe(status);
    expect(refused.body.error.code).toBe(code);
    if (status === 503) expect(refused.headers.get("retry-after")).toBe("45");
    expect(await routesCalled()).toEqual(["create", "register", "register", "delete"]);
    expect(await fake.meetings()).toEqual([]);
    const after = await server.call(`/api/v1/sessions/${session.id}/`, a);
    expect(after.body).toMatchObject({ status: "pending", zoom_meeting_id: null, zoom_meeting_url: null });
    const trail = (await server.call(`/api/v1/sessions/${session.id}/audit-logs/`, a)).body as { event_type: string; user: { id: number } | null; metadata: any }[];
    expect(trail.map((entry) => entry.event_type)).toEqual(["created", "start_failed"]);
    const deletedId = (await fake.requests("delete"))[0]!.path.split("/").at(-1);
    expect(trail[1]).toMatchObject({ user: { id: a.id }, metadata: { provider: "zoom", step: "add_registrant", error_code: code, meeting_id: deletedId, meeting_deleted: true } });

    // A later start makes a new meeting and registers both people on it, once each.
    await fake.reset();
    const again = await server.post(`/api/v1/sessions/${session.id}/start/`, a);
    expect(again.status, again.text).toBe(200);
    expect((await fake.registrants()).map((registrant) => [registrant.meetingId, registrant.email])).toEqual([
      [again.body.zoom_meeting_id, addressOf(a, session.id)],
      [again.body.zoom_meeting_id, addressOf(b, session.id)],
    ]);
  });

  it("POST /api/v1/webhooks/zoom – participant_joined with a registrant_id and a name we do not know records `joined` for that person", async () => {
    const { a, b, session } = await startedAndOpen();
    const bRegistrant = (await fake.registrants()).find((registrant) => registrant.email === addressOf(b, session.id))!;
    const event = participantEvent("meeting.participant_joined", session.zoom_meeting_id, { user_name: "iPad (2)" });
    (event.payload.object.participant as Record<string, unknown>).registrant_id = bRegistrant.registrantId;
    const rawBody = JSON.stringify(event);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const delivered = await api("/api/v1/webhooks/zoom", {
      method: "POST",
      rawBody,
      contentType: "application/json; charset=utf-8",
      headers: { "x-zm-request-timestamp": timestamp, "x-zm-signature": signZoomPayload({ secret: ZOOM_TEST_WEBHOOK_SECRET, timestamp, rawBody }) },
      baseUrl: server.base(),
    });
    expect(delivered.body).toEqual({ received: true, outcome: "recorded" });
    const trail = (await server.call(`/api/v1/sessions/${session.id}/audit-logs/`, a)).body as { event_type: string; user: { id: number } | null; metadata: any }[];
    expect(trail.at(-1)).toMatchObject({ event_type: "joined", user: { id: b.id }, metadata: { via: "zoom_webhook", zoom_participant: { name: "iPad (2)", registrant_id: bRegistrant.registrantId } } });
    expect((await server.call(`/api/v1/sessions/${session.id}/join-eligibility/`, a)).body.in_meeting).toEqual([b.id]);
  });
});
