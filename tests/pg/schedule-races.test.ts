// Scheduled sessions under real parallel requests on PostgreSQL (README, Scheduling and
// calendars): overlapping schedules for the same people give exactly one 201 (per-person
// advisory locks around the conflict check), and with two app instances polling the same
// database each reminder is sent exactly once (claimed by one guarded UPDATE).
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { openEventStream } from "../support/event-stream";
import { settle, startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";
import { SHARED_TEST_SERVER_LIMITS } from "../support/test-limits";
import { count, withSql } from "../support/sql";
import { clockFile, MINUTE } from "../support/schedule-server";
import { friendPair, post } from "../support/sessions";

const N = 12;
const inTwoHours = (extraMinutes = 0) => new Date(Date.now() + (120 + extraMinutes) * MINUTE).toISOString();

describe("schedule conflicts on PostgreSQL", () => {
  it(`${N} parallel overlapping schedules of the same two people: exactly one 201, the rest 409 schedule_conflict`, async () => {
    const [a, b] = await friendPair();
    const responses = await Promise.all(
      Array.from({ length: N }, (_, i) => (i % 2 ? post("/api/v1/sessions/schedule", a, { participant_id: b.id, starts_at: inTwoHours(i) }) : post("/api/v1/sessions/schedule", b, { participant_id: a.id, starts_at: inTwoHours(i) }))),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array(N - 1).fill(409)]);
    for (const response of responses.filter((r) => r.status === 409)) expect(response.body.error.code).toBe("schedule_conflict");
    expect(await count("SELECT count(*) FROM sessions WHERE status = 'scheduled' AND (initiator_id = ANY($1) OR participant_id = ANY($1))", [[a.id, b.id]])).toBe(1);
  });

  it(`${N} parallel overlapping schedules sharing one person with ${N} different friends: exactly one 201`, async () => {
    const hub = await createUser("Hub");
    const friends: TestUser[] = await Promise.all(Array.from({ length: N }, (_, i) => createUser(`Friend ${i}`)));
    for (const friend of friends) await makeFriends(hub, friend);
    const responses = await Promise.all(friends.map((friend, i) => post("/api/v1/sessions/schedule", friend, { participant_id: hub.id, starts_at: inTwoHours(i * 2) })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(N - 1).fill(409)]);
  });
});

describe("reminders on two instances", () => {
  const DATABASE = "pairline_schedule_instances";
  let inbox: SmtpInbox;
  let servers: AppServer[] = [];
  const clock = clockFile("pg-schedule");

  beforeAll(async () => {
    await withSql((client) => client.query(`CREATE DATABASE ${DATABASE}`), inject("postgresAdminUrl"));
    const databaseUrl = inject("postgresAdminUrl").replace(/\/postgres$/, `/${DATABASE}`);
    inbox = await startSmtpInbox();
    const extraEnv = { ...SHARED_TEST_SERVER_LIMITS, SMTP_URL: inbox.url, MAIL_POLL_MS: "100", SCHEDULE_POLL_MS: "50", TEST_CLOCK_FILE: clock.path, REMINDER_MINUTES: "15" };
    for (const name of ["schedule-one", "schedule-two"]) servers.push(await startAppServer({ name, databaseUrl, extraEnv }));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await inbox?.stop();
    fs.rmSync(clock.path, { force: true });
  });

  it("each session's email reminder reaches each person once, and its live reminder fires once, with both instances sweeping", async () => {
    const [one, two] = servers as [AppServer, AppServer];
    const total = 8;
    const pairs: [TestUser, TestUser][] = [];
    for (let i = 0; i < total; i++) {
      const a = await createUser(`Rem A${i}`, { baseUrl: one.baseUrl });
      const b = await createUser(`Rem B${i}`, { baseUrl: two.baseUrl });
      await makeFriends(a, b, { baseUrl: one.baseUrl });
      pairs.push([a, b]);
    }
    const ids: number[] = [];
    for (const [i, [a, b]] of pairs.entries()) {
      const scheduled = await api("/api/v1/sessions/schedule", { method: "POST", token: a.token, body: { participant_id: b.id, starts_at: new Date(Date.now() + 60 * MINUTE + i * 1000).toISOString() }, baseUrl: one.baseUrl });
      expect(scheduled.status, scheduled.text).toBe(201);
      const accepted = await api(`/api/v1/sessions/${scheduled.body.id}/accept`, { method: "POST", token: b.token, baseUrl: two.baseUrl });
      expect(accepted.status, accepted.text).toBe(200);
      ids.push(scheduled.body.id);
    }
    // One stream per instance for the first pair: the reminder crosses instances once each.
    const streams = [await openEventStream({ token: pairs[0]![0].token, url: one.baseUrl }), await openEventStream({ token: pairs[0]![0].token, url: two.baseUrl })];
    try {
      // Past both reminders' times (T − 15 and T − 10 min), still before the start.
      clock.set(52 * MINUTE);
      for (const [a, b] of pairs) {
        for (const person of [a, b]) await inbox.waitFor((mail) => mail.to === person.email.toLowerCase() && /Reminder/.test(mail.subject), 15_000, `reminder to ${person.name}`);
      }
      for (const stream of streams) await stream.waitFor((event) => event.name === "session.reminder" && event.data.session_id === ids[0], 5_000);
      await settle(1_500);
      for (const [a, b] of pairs) {
        expect(inbox.to(a.email).filter((mail) => /Reminder/.test(mail.subject))).toHaveLength(1);
        expect(inbox.to(b.email).filter((mail) => /Reminder/.test(mail.subject))).toHaveLength(1);
      }
      for (const stream of streams) expect(stream.events.filter((event) => event.name === "session.reminder" && event.data.session_id === ids[0])).toHaveLength(1);
      const databaseUrl = inject("postgresAdminUrl").replace(/\/postgres$/, `/${DATABASE}`);
      const claimed = await withSql(async (client) => (await client.query("SELECT count(stream_reminder_at)::int AS stream, count(email_reminder_at)::int AS email FROM sessions WHERE id = ANY($1)", [ids])).rows[0], databaseUrl);
      expect(claimed).toEqual({ stream: total, email: total });
      const reminderRows = await withSql(async (client) => (await client.query("SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'session_reminder'")).rows[0].n, databaseUrl);
      expect(reminderRows).toBe(2 * total);
      // Both instances ran passes (each logs what it claimed); between them, each reminder once.
      const passes = servers.flatMap((server) => fs.readFileSync(server.logPath, "utf8").split("\n").filter((line) => line.includes('"msg":"schedule pass"')).map((line) => JSON.parse(line)));
      expect(passes.reduce((sum, pass) => sum + pass.email_reminders, 0)).toBe(total);
      expect(passes.reduce((sum, pass) => sum + pass.stream_reminders, 0)).toBe(total);
    } finally {
      for (const stream of streams) stream.close();
      clock.set(0);
    }
  });
});
