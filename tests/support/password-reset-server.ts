// Password reset tests' server: a server of the calling file's own, on the engine TEST_DB
// selects, which sends its mail by SMTP to a test inbox started here
// (tests/support/smtp-inbox.ts), so the links are read from the mail as it arrived.
import { afterAll, beforeAll, expect } from "vitest";
import { api, createUser, randomAddress } from "./api-client";
import { startAppServer, type AppServer } from "./app-server";
import { testDatabase, type TestDatabase } from "./test-database";
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from "./smtp-inbox";
import { withSql } from "./sql";

export const NEW_PASSWORD = "amber tractor meadow quill";
export const INVALID = { error: { code: "token_invalid", message: "This password reset link is not valid: it was used, replaced by a newer one, or it expired. Ask for a new one." } };
const SUBJECT = "Reset your Pairline password";

export function resetServer(name: string) {
  let database: TestDatabase;
  let inbox: SmtpInbox;
  let server: AppServer;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    database = await testDatabase(name);
    server = await startAppServer({ name: `${name}-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: { SMTP_URL: inbox.url, MAIL_POLL_MS: "200" } });
  });

  afterAll(async () => {
    await server?.stop();
    database?.cluster?.stop();
    await inbox?.stop();
  });

  const base = () => server.baseUrl;
  const resetMails = (email: string) => inbox.to(email).filter((mail) => mail.subject === SUBJECT);
  const newUser = (personName: string) => createUser(personName, { baseUrl: base(), address: randomAddress() });
  const requestReset = (email: string, address = randomAddress()) =>
    api("/api/v1/auth/password-reset", { method: "POST", body: { email }, headers: { "x-forwarded-for": address }, baseUrl: base() });

  /** The `nth` reset mail to `email` (1 = the first), waited for as it arrives by SMTP. */
  async function resetMail(email: string, nth = 1): Promise<ReceivedMail> {
    await inbox.waitFor(() => resetMails(email).length >= nth, 10_000, `reset mail #${nth} to ${email}`);
    return resetMails(email)[nth - 1]!;
  }

  return {
    base,
    inbox: () => inbox,
    newUser,
    requestReset,
    resetMail,
    confirm: (token: string, newPassword = NEW_PASSWORD) =>
      api("/api/v1/auth/password-reset/confirm", { method: "POST", body: { token, new_password: newPassword }, baseUrl: base() }),
    signIn: (email: string, password: string, address = randomAddress()) =>
      api("/api/v1/auth/token", { method: "POST", body: { email, password }, headers: { "x-forwarded-for": address }, baseUrl: base() }),
    /** Over SQL: PostgreSQL only (PGlite belongs to the server process). */
    sql: <T = any>(text: string, params: unknown[] = []) => withSql(async (client) => (await client.query(text, params)).rows as T[], database.databaseUrl),
    tokenOf(mail: ReceivedMail): string {
      const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text);
      if (!match) throw new Error(`no reset link in the mail to ${mail.to}: ${mail.text}`);
      return match[1]!;
    },
    /**
     * One more reset mail, waited for: the sender goes through the outbox in order, so once
     * it arrives, every mail asked for before it has gone out too (or never will).
     */
    async sentinel(): Promise<void> {
      const user = await newUser("Sam Sentinel");
      expect((await requestReset(user.email)).status).toBe(202);
      await resetMail(user.email);
    },
  };
}
