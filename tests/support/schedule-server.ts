// Scheduled-session tests' server: a server of the calling file's own, on the engine
// TEST_DB selects, with the test clock (TEST_CLOCK_FILE, lib/clock.ts: moved by writing
// an offset to the file, no restart), a fast scheduling loop and mail to a test inbox.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { api, createUser, makeFriends, type TestUser } from "./api-client";
import { startAppServer, type AppServer } from "./app-server";
import { testDatabase, type TestDatabase } from "./test-database";
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from "./smtp-inbox";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const MINUTE = 60_000;
export const MAIL_FROM_ADDRESS = "no-reply@pairline.test";

/** Writes the clock offset of every server given this file. */
export function clockFile(name: string): { path: string; set: (offsetMs: number) => void; offset: () => number } {
  const file = path.join(ROOT, ".tmp", `clock-${name}-${process.pid}-${Date.now()}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let offset = 0;
  fs.writeFileSync(file, "0");
  return {
    path: file,
    set: (ms: number) => {
      offset = Math.round(ms);
      fs.writeFileSync(file, String(offset));
    },
    offset: () => offset,
  };
}

export function scheduleServer(name: string, extraEnv: Record<string, string> = {}) {
  let database: TestDatabase;
  let inbox: SmtpInbox;
  let server: AppServer;
  const clock = clockFile(name);

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    database = await testDatabase(name);
    server = await startAppServer({
      name: `${name}-${database.engine}`,
      databaseUrl: database.databaseUrl,
      extraEnv: {
        ...SHARED_TEST_SERVER_LIMITS,
        SMTP_URL: inbox.url,
        MAIL_FROM: `Pairline Test <${MAIL_FROM_ADDRESS}>`,
        MAIL_POLL_MS: "200",
        SCHEDULE_POLL_MS: "200",
        TEST_CLOCK_FILE: clock.path,
        ...extraEnv,
      },
    });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    database?.cluster?.stop();
    await inbox?.stop();
    fs.rmSync(clock.path, { force: true });
  });

  const base = () => server.baseUrl;
  const user = (personName: string) => createUser(personName, { baseUrl: base() });
  async function pair(a = "Alice", b = "Bob"): Promise<[TestUser, TestUser]> {
    const [x, y] = await Promise.all([user(a), user(b)]);
    await makeFriends(x, y, { baseUrl: base() });
    return [x, y];
  }
  const call = (method: string, url: string, who: TestUser | null, body?: unknown) => api(url, { method, token: who?.token, body, baseUrl: base() });
  /** The server's "now" (real time plus the clock offset). */
  const appNow = () => Date.now() + clock.offset();
  const at = (minutesFromAppNow: number) => new Date(appNow() + minutesFromAppNow * MINUTE).toISOString();

  /** `a` proposes a session to `b`, `minutes` from the app's now; 201 expected. */
  async function schedule(a: TestUser, b: TestUser, minutes: number, extra: Record<string, unknown> = {}) {
    const response = await call("POST", "/api/v1/sessions/schedule", a, { participant_id: b.id, starts_at: at(minutes), ...extra });
    expect(response.status, response.text).toBe(201);
    return response.body;
  }

  return { base, user, pair, call, clock, appNow, at, schedule, inbox: () => inbox, server: () => server };
}

/** An iCalendar text parsed by ical.js: the calendar's METHOD and its VEVENTs. */
export function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = root.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      status: String(vevent.getFirstPropertyValue("status")),
      url: String(vevent.getFirstPropertyValue("url")),
      start,
      end,
      startUtc: start.zone?.tzid === "UTC" && start.toString().endsWith("Z"),
      dtstamp: vevent.getFirstPropertyValue("dtstamp"),
      organizer: String(vevent.getFirstPropertyValue("organizer")),
      attendees: vevent.getAllProperties("attendee").map((property) => String(property.getFirstValue()).toLowerCase()),
    };
  });
  return { method: String(root.getFirstPropertyValue("method")), events };
}

/** The calendar part of a mail as it arrived: its Content-Type and its text. */
export async function calendarPart(mail: ReceivedMail): Promise<{ contentType: string; text: string } | null> {
  const parsed = await simpleParser(mail.raw);
  const part = parsed.attachments.find((attachment) => attachment.contentType === "text/calendar");
  if (!part) return null;
  const header = String((part.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined)?.params?.method ?? "");
  return { contentType: `text/calendar; method=${header}`, text: part.content.toString("utf8") };
}
