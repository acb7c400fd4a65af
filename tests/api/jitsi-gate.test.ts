// README, API: a Jitsi room name is the meeting's address, so a participant who may not
// join sees it nowhere: not in any session object, list, action response or audit entry.
// Admins never see it either: the room would let them walk into the call (README, Admin).
// Every answer is checked as raw JSON for the room name.
import { describe, expect, it } from "vitest";
import { api, baseUrl, signInWithCookie, type ApiResponse } from "../support/api-client";
import { adminUser } from "../support/admin";
import { friendPair, post } from "../support/sessions";

describe("The Jitsi room stays hidden until the gate opens (README, API)", () => {
  it("every endpoint that returns a session or audit entries, for each caller who cannot join", async () => {
    const [a, b] = await friendPair("Gate Alice", "Gate Bob");
    const hidden: [string, ApiResponse][] = [];
    const blocked = (label: string, response: ApiResponse) => {
      expect(response.status, `${label}: ${response.text}`).toBeLessThan(300);
      hidden.push([label, response]);
      return response;
    };

    const created = blocked("create", await post("/api/v1/sessions/create/", a, { participant_id: b.id }));
    const id = created.body.id;
    const started = blocked("start (A, B not ready)", await post(`/api/v1/sessions/${id}/start/`, a));
    expect(started.body).toMatchObject({ status: "active", video_provider: "jitsi", can_join: false, zoom_meeting_id: null, zoom_meeting_url: null });

    // Neither may join yet.
    for (const [name, user] of [["A", a], ["B", b]] as const) {
      blocked(`${name}: GET /sessions/:id`, await api(`/api/v1/sessions/${id}/`, { token: user.token }));
      blocked(`${name}: GET /v1/sessions/:id`, await api(`/v1/sessions/${id}`, { token: user.token }));
      blocked(`${name}: GET /sessions`, await api("/api/v1/sessions/", { token: user.token }));
      blocked(`${name}: GET /sessions?status=active`, await api("/api/v1/sessions/?status=active", { token: user.token }));
      blocked(`${name}: audit log`, await api(`/api/v1/sessions/${id}/audit-logs/`, { token: user.token }));
      blocked(`${name}: join eligibility`, await api(`/api/v1/sessions/${id}/join-eligibility/`, { token: user.token }));
      blocked(`${name}: chats`, await api("/api/v1/chats", { token: user.token }));
      const refused = await post(`/api/v1/sessions/${id}/join-token/`, user);
      expect(refused.status).toBe(403);
      hidden.push([`${name}: join-token refused`, refused]);
    }
    blocked("B: chat messages", await api(`/api/v1/chats/${a.id}/messages`, { token: b.token }));

    // B marks ready: now A (who started) may join; B still waits for A.
    const bReady = blocked("ready (B)", await post(`/api/v1/sessions/${id}/ready/`, b));
    expect(bReady.body).toMatchObject({ can_join: false, zoom_meeting_id: null });
    blocked("B again: GET /sessions/:id", await api(`/api/v1/sessions/${id}/`, { token: b.token }));
    blocked("B again: GET /sessions", await api("/api/v1/sessions/", { token: b.token }));

    // The waiting room page, as B (who cannot join) sees it in the browser.
    const cookie = await signInWithCookie(b.email, b.password);
    const page = await fetch(`${baseUrl()}/sessions/${id}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Gate Alice");
    hidden.push(["B's waiting room page", { status: page.status, headers: page.headers, body: undefined, text: html }]);

    // A may join: the session object names the room, and it is the meeting's address.
    const aView = await api(`/api/v1/sessions/${id}/`, { token: a.token });
    expect(aView.body).toMatchObject({ can_join: true, video_provider: "jitsi" });
    const room: string = aView.body.zoom_meeting_id;
    expect(room).toMatch(/^pairline-[0-9a-f]{32}$/);
    expect(aView.body.zoom_meeting_url).toBe(`https://meet.jit.si/${room}`);
    const aList = await api("/api/v1/sessions/", { token: a.token });
    expect(aList.body.find((session: { id: number }) => session.id === id).zoom_meeting_id).toBe(room);
    const token = await post(`/api/v1/sessions/${id}/join-token/`, a);
    const validated = await post("/api/v1/sessions/join-token/validate/", a, { token: token.body.token });
    expect(validated.status).toBe(200);
    expect(validated.body.meeting.meeting_id).toBe(room);
    expect(validated.body.session.zoom_meeting_id).toBe(room);

    // Redeeming marked A ready, so B may join now and sees it; the audit log names it to neither.
    const bNow = await api(`/api/v1/sessions/${id}/`, { token: b.token });
    expect(bNow.body).toMatchObject({ can_join: true, zoom_meeting_id: room });
    blocked("A (can join): audit log", await api(`/api/v1/sessions/${id}/audit-logs/`, { token: a.token }));
    blocked("B (can join): audit log", await api(`/api/v1/sessions/${id}/audit-logs/`, { token: b.token }));

    // Over: nobody may join any more, so nobody sees it.
    const ended = blocked("end (B)", await post(`/api/v1/sessions/${id}/end/`, b));
    expect(ended.body).toMatchObject({ status: "completed", zoom_meeting_id: null });
    blocked("A after the end: GET /sessions/:id", await api(`/api/v1/sessions/${id}/`, { token: a.token }));
    blocked("A after the end: GET /sessions", await api("/api/v1/sessions/", { token: a.token }));

    // Admins see the provider, never the room: not in the session, the list, the audit log or the actions log.
    const admin = await adminUser();
    const adminView = blocked("admin: GET /admin/sessions/:id", await api(`/api/v1/admin/sessions/${id}`, { token: admin.token }));
    expect(adminView.body).toMatchObject({ video_provider: "jitsi", zoom_meeting_id: null, zoom_meeting_url: null, zoom_meeting_password: null });
    blocked("admin: GET /admin/sessions", await api(`/api/v1/admin/sessions?q=${encodeURIComponent(a.email)}`, { token: admin.token }));
    const adminAudit = blocked("admin: audit log", await api(`/api/v1/admin/sessions/${id}/audit-logs`, { token: admin.token }));
    expect(adminAudit.body.find((entry: { event_type: string }) => entry.event_type === "zoom_link_generated").metadata).toEqual({ provider: "jitsi" });
    blocked("admin: actions log", await api("/api/v1/admin/audit-log", { token: admin.token }));

    for (const [label, response] of hidden) expect(response.text, label).not.toContain(room);
  });

  it("cancel answers without the room too", async () => {
    const [a, b] = await friendPair("Gate Carol", "Gate Dan");
    const created = await post("/api/v1/sessions/create/", a, { participant_id: b.id });
    await post(`/api/v1/sessions/${created.body.id}/start/`, a);
    // B ready: A may join, so A's view names the room.
    await post(`/api/v1/sessions/${created.body.id}/ready/`, b);
    const room = (await api(`/api/v1/sessions/${created.body.id}/`, { token: a.token })).body.zoom_meeting_id;
    expect(room).toMatch(/^pairline-/);
    const cancelled = await post(`/api/v1/sessions/${created.body.id}/cancel/`, b);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: "cancelled", video_provider: "jitsi", zoom_meeting_id: null });
    expect(cancelled.text).not.toContain(room);
    const admin = await adminUser();
    const adminView = await api(`/api/v1/admin/sessions/${created.body.id}`, { token: admin.token });
    expect(adminView.body.zoom_meeting_id).toBeNull();
    expect(adminView.text).not.toContain(room);
  });
});
