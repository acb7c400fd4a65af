// The mail outbox on two app instances sharing one PostgreSQL database (README, Email):
// both senders poll the same table, and `FOR UPDATE SKIP LOCKED` gives each row to one of
// them, so every message reaches the SMTP server exactly once. The database is this
// file's own: the project's server (no SMTP_URL) would otherwise send the rows too.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { settle, startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";
import { SHARED_TEST_SERVER_LIMITS } from "../support/test-limits";
import { withSql } from "../support/sql";

const DATABASE = "pairline_mail_instances";
let inbox: SmtpInbox;
let servers: AppServer[] = [];
let databaseUrl: string;

beforeAll(async () => {
  await withSql((client) => client.query(`CREATE DATABASE ${DATABASE}`), inject("postgresAdminUrl"));
  databaseUrl = inject("postgresAdminUrl").replace(/\/postgres$/, `/${DATABASE}`);
  inbox = await startSmtpInbox();
  const extraEnv = { ...SHARED_TEST_SERVER_LIMITS, SMTP_URL: inbox.url, MAIL_POLL_MS: "50", MAIL_RETRY_BASE_SECONDS: "1" };
  for (const name of ["mail-one", "mail-two"]) servers.push(await startAppServer({ name, databaseUrl, extraEnv }));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  await inbox?.stop();
});

describe("mail outbox on two instances", () => {
  it("every message is sent exactly once when both instances' senders poll the same outbox", async () => {
    const [one, two] = servers as [AppServer, AppServer];
    const count = 24;
    // Senders on one instance, recipients on the other; the requests go through both.
    const senders: TestUser[] = await Promise.all(Array.from({ length: count }, (_, i) => createUser(`Many ${i}`, { baseUrl: one.baseUrl })));
    const recipients: TestUser[] = await Promise.all(Array.from({ length: count }, (_, i) => createUser(`To ${i}`, { baseUrl: two.baseUrl })));
    await Promise.all(
      senders.map(async (sender, i) => {
        const sent = await api("/api/v1/friends/requests", { method: "POST", token: sender.token, body: { user_id: recipients[i]!.id }, baseUrl: (i % 2 ? one : two).baseUrl });
        expect(sent.status, sent.text).toBe(201);
      }),
    );
    for (const recipient of recipients) {
      await inbox.waitFor((mail) => mail.to === recipient.email.toLowerCase(), 15_000, `mail to ${recipient.name}`);
    }
    await settle(1_500);
    for (const recipient of recipients) expect(inbox.to(recipient.email)).toHaveLength(1);
    const ids = inbox.messages.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    const rows = await withSql(async (client) => (await client.query("SELECT count(*)::int AS n, sum(attempts)::int AS attempts, count(sent_at)::int AS sent FROM mail_outbox")).rows[0], databaseUrl);
    expect(rows).toEqual({ n: count, attempts: count, sent: count });
    // Between them, the two senders reported each message sent once.
    const sentLines = servers.flatMap((server) => fs.readFileSync(server.logPath, "utf8").split("\n").filter((line) => line.includes('"msg":"mail sent"')));
    expect(sentLines).toHaveLength(count);
  });
});
