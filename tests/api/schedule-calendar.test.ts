// Calendars and email of scheduled sessions (README, Scheduling and calendars): the .ics
// download and the secret feed, parsed by a real iCalendar parser (ical.js), and the
// invitation mails with their REQUEST/CANCEL parts and the reminder, received by a real
// SMTP server, on this file's own server (tests/support/schedule-server.ts).
import { describe, expect, it } from "vitest";
import type { TestUser } from "../support/api-client";
import { openEventStream } from "../support/event-stream";
import { settle } from "../support/smtp-inbox";
import { calendarPart, MAIL_FROM_ADDRESS, MINUTE, parseCalendar, scheduleServer } from "../support/schedule-server";

const s = scheduleServer("api-schedule-calendar", { REMINDER_MINUTES: "15" });
const { call, schedule, pair, user, at, clock } = s;
const post = (path: string, who: TestUser, body?: unknown) => call("POST", path, who, body);

async function ics(id: number, who: TestUser) {
  const response = await call("GET", `/api/v1/sessions/${id}/calendar.ics`, who);
  expect(response.status, response.text).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return { text: response.text, ...parseCalendar(response.text) };
}

/** No meeting address of any provider, no join link, in what a calendar gets. */
function expectNoMeetingLink(text: string) {
  expect(text).not.toMatch(/zoom\.us|jit\.si|8x8\.vc|\/join\//i);
}

describe("GET /api/v1/sessions/:id/calendar.ics", () => {
  it("one VEVENT, METHOD:PUBLISH: stable UID, SEQUENCE = sequence, UTC times, STATUS by state, both attendees, no meeting link", async () => {
    const [a, b] = await pair("Alice", "Bob");
    const session = await schedule(a, b, 120, { duration_minutes: 45, note: "Bring the parser" });
    const host = new URL(s.base()).hostname;
    const first = await ics(session.id, b);
    expect(first.method).toBe("PUBLISH");
    expect(first.events).toHaveLength(1);
    const event = first.events[0]!;
    expect(event.uid).toBe(`pairline-session-${session.id}@${host}`);
    expect(event.sequence).toBe(0);
    expect(event.status).toBe("TENTATIVE");
    expect(event.startUtc).toBe(true);
    // iCalendar times are to the second.
    expect(event.start.toJSDate().getTime()).toBe(Math.floor(Date.parse(session.scheduled_for) / 1000) * 1000);
    expect(event.end.toJSDate().getTime() - event.start.toJSDate().getTime()).toBe(45 * MINUTE);
    expect(first.text).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
    expect(first.text).toMatch(/^DTEND:\d{8}T\d{6}Z\r$/m);
    expect(event.dtstamp).toBeTruthy();
    expect(event.summary).toContain("Alice");
    expect(event.summary).toContain("Bob");
    expect(event.url).toBe(`${s.base()}/sessions/${session.id}`);
    expect(event.description).toContain(`${s.base()}/sessions/${session.id}`);
    expect(event.description).toContain("Bring the parser");
    expect(event.organizer.toLowerCase()).toBe(`mailto:${MAIL_FROM_ADDRESS}`);
    expect(event.attendees.sort()).toEqual([`mailto:${a.email.toLowerCase()}`, `mailto:${b.email.toLowerCase()}`].sort());
    expectNoMeetingLink(first.text);

    await post(`/api/v1/sessions/${session.id}/accept`, b);
    const accepted = (await ics(session.id, a)).events[0]!;
    expect([accepted.uid, accepted.sequence, accepted.status]).toEqual([event.uid, 0, "CONFIRMED"]);

    await post(`/api/v1/sessions/${session.id}/reschedule`, a, { starts_at: at(200) });
    const moved = (await ics(session.id, a)).events[0]!;
    expect([moved.uid, moved.sequence, moved.status]).toEqual([event.uid, 1, "TENTATIVE"]);
    expect(moved.start.toJSDate().getTime()).toBeGreaterThan(event.start.toJSDate().getTime());

    await post(`/api/v1/sessions/${session.id}/cancel`, b);
    const cancelled = (await ics(session.id, a)).events[0]!;
    expect([cancelled.uid, cancelled.sequence, cancelled.status]).toEqual([event.uid, 2, "CANCELLED"]);
  });

  it("a missed session reads CANCELLED; the meeting of a started one never appears", async () => {
    clock.set(0);
    const [a, b] = await pair();
    const started = await schedule(a, b, 8, { duration_minutes: 15 });
    await post(`/api/v1/sessions/${started.id}/accept`, b);
    expect((await post(`/api/v1/sessions/${started.id}/start`, a)).status).toBe(200);
    const active = await ics(started.id, a);
    expect(active.events[0]!.status).toBe("CONFIRMED");
    expectNoMeetingLink(active.text);
    const [c, d] = await pair();
    const missed = await schedule(c, d, 30, { duration_minutes: 15 });
    clock.set(46 * MINUTE);
    expect((await ics(missed.id, d)).events[0]!.status).toBe("CANCELLED");
    clock.set(0);
  });

  it("409 not_scheduled for an instant session; 403 for someone else's; 404 for an unknown one", async () => {
    const [a, b] = await pair();
    const instant = await post("/api/v1/sessions/create/", a, { participant_id: b.id });
    const refused = await call("GET", `/api/v1/sessions/${instant.body.id}/calendar.ics`, a);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("not_scheduled");
    const planned = await schedule(a, b, 60);
    expect((await call("GET", `/api/v1/sessions/${planned.id}/calendar.ics`, await user("Eve"))).status).toBe(403);
    expect((await call("GET", "/api/v1/sessions/2000000000/calendar.ics", a)).status).toBe(404);
    expect((await call("GET", `/api/v1/sessions/${planned.id}/calendar.ics`, null)).status).toBe(401);
  });
});

describe("the calendar feed", () => {
  const feed = (url: string) => fetch(url, { redirect: "manual" });

  it("POST gives a secret URL anyone can read without signing in; upcoming plus recent cancelled sessions, as CANCELLED", async () => {
    const [a, b] = await pair();
    const created = await post("/api/v1/users/me/calendar-feed", a);
    expect(created.status, created.text).toBe(201);
    const url: string = created.body.url;
    expect(url).toMatch(new RegExp(`^${s.base()}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const upcoming = await schedule(a, b, 60);
    const accepted = await schedule(b, a, 300);
    await post(`/api/v1/sessions/${accepted.id}/accept`, a);
    const cancelled = await schedule(a, b, 600);
    await post(`/api/v1/sessions/${cancelled.id}/cancel`, b);
    const instant = await post("/api/v1/sessions/create/", a, { participant_id: b.id });
    const response = await feed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const parsed = parseCalendar(text);
    expect(parsed.method).toBe("PUBLISH");
    const byUid = Object.fromEntries(parsed.events.map((event) => [event.uid, event]));
    const host = new URL(s.base()).hostname;
    expect(Object.keys(byUid).sort()).toEqual([upcoming.id, accepted.id, cancelled.id].map((id) => `pairline-session-${id}@${host}`).sort());
    expect(byUid[`pairline-session-${upcoming.id}@${host}`]!.status).toBe("TENTATIVE");
    expect(byUid[`pairline-session-${accepted.id}@${host}`]!.status).toBe("CONFIRMED");
    expect(byUid[`pairline-session-${cancelled.id}@${host}`]).toMatchObject({ status: "CANCELLED", sequence: 1 });
    expect(parsed.events.every((event) => event.startUtc)).toBe(true);
    expect(text).not.toContain(`pairline-session-${instant.body.id}@`);
    expectNoMeetingLink(text);
    // Bob's sessions are in Bob's feed only when he makes one: nothing about Alice's other friends.
    const [, c] = await pair("X", "Carol");
    expect(text).not.toContain(c.email);
  });

  it("a new secret kills the old one; DELETE turns the feed off; unknown or malformed secrets are 404, never 401 or 500", async () => {
    const a = await user("Alice");
    const first = (await post("/api/v1/users/me/calendar-feed", a)).body.url as string;
    expect((await feed(first)).status).toBe(200);
    const second = (await post("/api/v1/users/me/calendar-feed", a)).body.url as string;
    expect(second).not.toBe(first);
    const old = await feed(first);
    expect(old.status).toBe(404);
    expect(await old.json()).toEqual({ error: { code: "calendar_feed_not_found", message: "No such calendar feed." } });
    expect((await feed(second)).status).toBe(200);
    const deleted = await call("DELETE", "/api/v1/users/me/calendar-feed", a);
    expect(deleted.status).toBe(204);
    expect((await feed(second)).status).toBe(404);
    expect((await call("DELETE", "/api/v1/users/me/calendar-feed", a)).status).toBe(204);
    for (const path of ["A".repeat(43) + ".ics", "short.ics", first.split("/").pop()!.replace(".ics", ""), "%00.ics", "x".repeat(300) + ".ics"]) {
      const response = await fetch(`${s.base()}/api/v1/calendar/${path}`);
      expect(response.status, path).toBe(404);
    }
    // A cookie or token changes nothing: the secret is the only credential.
    const withToken = await call("GET", new URL(second).pathname, a);
    expect(withToken.status).toBe(404);
    expect((await call("POST", "/api/v1/users/me/calendar-feed", null)).status).toBe(401);
  });
});

describe("email about scheduled sessions", () => {
  const inbox = () => s.inbox();
  const mailTo = (person: TestUser, subject: RegExp) =>
    inbox().waitFor((mail) => mail.to === person.email.toLowerCase() && subject.test(mail.subject), 15_000, `mail to ${person.name} matching ${subject}`);

  async function expectCalendar(mail: Awaited<ReturnType<typeof mailTo>>, method: "REQUEST" | "CANCEL", sessionId: number, sequence: number, status: string) {
    const part = await calendarPart(mail);
    expect(part, "a text/calendar part").not.toBeNull();
    expect(part!.contentType).toBe(`text/calendar; method=${method}`);
    const parsed = parseCalendar(part!.text);
    expect(parsed.method).toBe(method);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({ uid: `pairline-session-${sessionId}@${new URL(s.base()).hostname}`, sequence, status, startUtc: true });
    expectNoMeetingLink(part!.text + mail.text + mail.html);
    return parsed.events[0]!;
  }

  it("invite, reschedule, accept, cancel: to the other person, in their time zone, REQUEST then CANCEL with rising SEQUENCE", async () => {
    const [a, b] = await pair("Alice", "Bob");
    const zone = await call("PATCH", "/api/v1/users/me/preferences", b, { time_zone: "Asia/Tokyo" });
    expect(zone.status, zone.text).toBe(200);
    const session = await schedule(a, b, 180);
    const invite = await mailTo(b, /Alice proposed a session/);
    expect(invite.subject).toContain("(Asia/Tokyo)");
    const tokyo = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit" }).format(new Date(session.scheduled_for));
    expect(invite.subject).toContain(tokyo);
    expect(invite.text).toContain(`${s.base()}/sessions/${session.id}`);
    await expectCalendar(invite, "REQUEST", session.id, 0, "TENTATIVE");

    await post(`/api/v1/sessions/${session.id}/reschedule`, b, { starts_at: at(240) });
    const moved = await mailTo(a, /Bob proposed a new time/);
    expect(moved.subject).toContain("(UTC)");
    await expectCalendar(moved, "REQUEST", session.id, 1, "TENTATIVE");

    await post(`/api/v1/sessions/${session.id}/accept`, a);
    const accepted = await mailTo(b, /Alice accepted your session/);
    await expectCalendar(accepted, "REQUEST", session.id, 1, "CONFIRMED");

    await post(`/api/v1/sessions/${session.id}/cancel`, a);
    const cancelled = await mailTo(b, /Session with Alice .* cancelled/);
    await expectCalendar(cancelled, "CANCEL", session.id, 2, "CANCELLED");
    // The canceller gets no mail about their own cancellation.
    await settle(800);
    expect(inbox().to(a.email).filter((mail) => /cancelled/.test(mail.subject))).toEqual([]);
  });

  it("decline: the proposer gets METHOD:CANCEL with a higher SEQUENCE", async () => {
    const [a, b] = await pair("Alice", "Bob");
    const session = await schedule(a, b, 60);
    await mailTo(b, /Alice proposed a session/);
    await post(`/api/v1/sessions/${session.id}/decline`, b);
    const declined = await mailTo(a, /Bob declined the session/);
    await expectCalendar(declined, "CANCEL", session.id, 1, "CANCELLED");
  });

  it("none when the recipient turned scheduled-session email off", async () => {
    const [a, b] = await pair("Alice", "Bob");
    await call("PATCH", "/api/v1/users/me/preferences", b, { email_scheduled_sessions: false });
    await schedule(a, b, 60);
    const c = await user("Sentinel");
    const { makeFriends } = await import("../support/api-client");
    await makeFriends(a, c, { baseUrl: s.base() });
    await schedule(a, c, 400);
    await mailTo(c, /proposed a session/);
    await settle(500);
    expect(inbox().to(b.email).filter((mail) => /proposed/.test(mail.subject))).toEqual([]);
  });

  it("reminders: the stream's session.reminder at T − 10 min and the email at T − REMINDER_MINUTES, each once, to both", async () => {
    clock.set(0);
    const [a, b] = await pair("Alice", "Bob");
    const session = await schedule(a, b, 60);
    await post(`/api/v1/sessions/${session.id}/accept`, b);
    const streamA = await openEventStream({ token: a.token, url: s.base() });
    const streamB = await openEventStream({ token: b.token, url: s.base() });
    try {
      const T = Date.parse(session.scheduled_for);
      // 16 minutes before: nothing yet.
      clock.set(T - 16 * MINUTE - Date.now());
      await settle(800);
      expect(inbox().to(a.email).filter((mail) => /Reminder/.test(mail.subject))).toEqual([]);
      // 15 minutes before: the email, to both.
      clock.set(T - 15 * MINUTE + 2_000 - Date.now());
      const mailA = await mailTo(a, /Reminder: session with Bob/);
      await mailTo(b, /Reminder: session with Alice/);
      expect(mailA.text).toContain(`${s.base()}/sessions/${session.id}`);
      expect(streamA.events.filter((event) => event.name === "session.reminder")).toEqual([]);
      // 10 minutes before: the live reminder.
      clock.set(T - 10 * MINUTE + 2_000 - Date.now());
      await streamA.waitFor((event) => event.name === "session.reminder" && event.data.session_id === session.id, 5_000);
      await streamB.waitFor((event) => event.name === "session.reminder" && event.data.session_id === session.id, 5_000);
      // Several more passes: nothing again.
      await settle(1_200);
      expect(streamA.events.filter((event) => event.name === "session.reminder")).toHaveLength(1);
      expect(inbox().to(a.email).filter((mail) => /Reminder/.test(mail.subject))).toHaveLength(1);
      expect(inbox().to(b.email).filter((mail) => /Reminder/.test(mail.subject))).toHaveLength(1);
    } finally {
      streamA.close();
      streamB.close();
      clock.set(0);
    }
  });

  it("no reminder for a session still proposed", async () => {
    clock.set(0);
    const [a, b] = await pair("Alice", "Bob");
    const session = await schedule(a, b, 30);
    clock.set(Date.parse(session.scheduled_for) - 5 * MINUTE - Date.now());
    await settle(1_000);
    clock.set(0);
    expect(inbox().to(a.email).filter((mail) => /Reminder/.test(mail.subject))).toEqual([]);
  });
});
