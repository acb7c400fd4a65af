// Password reset (README, Password reset) at its default limits, on a server of this
// file's own. The link only ever travels by email, so the tests read it where mail waits
// on this branch: the mail_outbox table, over SQL. PGlite belongs to the server process
// alone, so this file's server always runs on a throwaway PostgreSQL cluster; once the
// mail loop and its SMTP test inbox are merged, the links should be read from that inbox
// and the server can follow TEST_DB like the rest.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createUser, randomAddress, uniqueEmail, type ApiResponse } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { withSql } from "../support/sql";
import { expectRateLimited } from "../support/limits";

let cluster: PostgresCluster;
let server: AppServer;
let base: string;
let databaseUrl: string;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  cluster.createDatabase("pairline_reset");
  databaseUrl = cluster.url("pairline_reset");
  server = await startAppServer({ name: "password-reset", databaseUrl });
  base = server.baseUrl;
});

afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

const NEW_PASSWORD = "amber tractor meadow quill";
const ACCEPTED = { message: "If an account exists for this email, we sent it a link to reset the password." };
const INVALID = { error: { code: "token_invalid", message: "This password reset link is not valid: it was used, replaced by a newer one, or it expired. Ask for a new one." } };
/** The floor both paths wait for (lib/accounts/request-password-reset.ts). */
const FLOOR_MS = 500;

const sql = <T = any>(text: string, params: unknown[] = []) => withSql(async (client) => (await client.query(text, params)).rows as T[], databaseUrl);
const requestReset = (email: string, address = randomAddress()) =>
  api("/api/v1/auth/password-reset", { method: "POST", body: { email }, headers: { "x-forwarded-for": address }, baseUrl: base });
const confirm = (token: string, newPassword = NEW_PASSWORD) =>
  api("/api/v1/auth/password-reset/confirm", { method: "POST", body: { token, new_password: newPassword }, baseUrl: base });
const signIn = (email: string, password: string, address = randomAddress()) =>
  api("/api/v1/auth/token", { method: "POST", body: { email, password }, headers: { "x-forwarded-for": address }, baseUrl: base });
const newUser = (name: string) => createUser(name, { baseUrl: base, address: randomAddress() });

type OutboxRow = { kind: string; category: string | null; subject: string; text: string; html: string };
const outbox = (email: string) => sql<OutboxRow>("SELECT kind, category, subject, text, html FROM mail_outbox WHERE to_address = $1 ORDER BY id", [email]);

/** The token of the newest reset email to `email`. */
async function latestToken(email: string): Promise<string> {
  const rows = await outbox(email);
  const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(rows.at(-1)?.text ?? "");
  if (!match) throw new Error(`no reset link mailed to ${email}: ${JSON.stringify(rows)}`);
  return match[1]!;
}

describe("POST /api/v1/auth/password-reset and /confirm", () => {
  it("POST /api/v1/auth/password-reset – a known email gets a 202 and a link to the app that works once", async () => {
    const user = await newUser("Rita Reset");
    const asked = await requestReset(user.email);
    expect(asked.status, asked.text).toBe(202);
    expect(asked.body).toEqual(ACCEPTED);

    const [mail] = await outbox(user.email);
    expect(mail).toMatchObject({ kind: "password_reset", category: null, subject: "Reset your Pairline password" });
    const token = await latestToken(user.email);
    expect(mail!.text).toContain(`${base}/reset-password/${token}`);
    expect(Buffer.from(token, "base64url")).toHaveLength(32); // 256 bits
    // Only the hash is stored, valid 30 minutes.
    const [stored] = await sql("SELECT token_hash, extract(epoch FROM expires_at - created_at)::float AS ttl FROM password_reset_tokens WHERE user_id = $1", [user.id]);
    expect(stored.token_hash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(stored.ttl).toBeGreaterThan(1795);
    expect(stored.ttl).toBeLessThanOrEqual(1800);
    expect(await sql("SELECT 1 FROM password_reset_tokens WHERE token_hash = $1", [token])).toHaveLength(0);

    // Opening the page neither uses the link nor lets it leave as a Referer.
    const page = await fetch(`${base}/reset-password/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");

    expect((await confirm(token)).status).toBe(204);
    expect((await signIn(user.email, NEW_PASSWORD)).status).toBe(200);
    expect((await signIn(user.email, user.password)).status).toBe(401);
    const again = await confirm(token, "another harbor lantern quill");
    expect(again.status).toBe(400);
    expect(again.body).toEqual(INVALID);
  }, 60_000);

  it("POST /api/v1/auth/password-reset – only the newest link works", async () => {
    const user = await newUser("Nina Newest");
    expect((await requestReset(user.email)).status).toBe(202);
    const first = await latestToken(user.email);
    expect((await requestReset(user.email)).status).toBe(202);
    const second = await latestToken(user.email);
    expect(second).not.toBe(first);
    expect((await confirm(first)).body).toEqual(INVALID);
    expect((await confirm(second)).status).toBe(204);
  }, 60_000);

  it("POST /api/v1/auth/password-reset/confirm – ends every other credential and lifts the lock-out", async () => {
    const user = await newUser("Lola Locked");
    const address = randomAddress();
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(user.email, `wrong password ${attempt}`, address)).status).toBe(401);
    expectRateLimited(await signIn(user.email, user.password, address), 900, /^Too many failed sign-in attempts\./);

    expect((await requestReset(user.email, address)).status).toBe(202);
    expect((await confirm(await latestToken(user.email))).status).toBe(204);

    expect((await api("/api/v1/users/me", { token: user.token, baseUrl: base })).status).toBe(401);
    const signedIn = await signIn(user.email, NEW_PASSWORD, address);
    expect(signedIn.status, signedIn.text).toBe(200);
    expect((await api("/api/v1/users/me", { token: signedIn.body.access_token, baseUrl: base })).body).toMatchObject({ id: user.id });
  }, 60_000);

  it("POST /api/v1/auth/password-reset/confirm – a weak password is refused and leaves the link working; an expired or made-up link is refused", async () => {
    const user = await newUser("Walt Weak");
    expect((await requestReset(user.email)).status).toBe(202);
    const token = await latestToken(user.email);
    const weak = await confirm(token, "password1234");
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: "validation_failed", fields: { new_password: expect.any(String) } });
    expect((await confirm("made-up-token")).body).toEqual(INVALID);

    await sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user.id]);
    const expired = await confirm(token);
    expect(expired.status).toBe(400);
    expect(expired.body).toEqual(INVALID);
    expect((await signIn(user.email, user.password)).status).toBe(200);
  }, 60_000);

  it("POST /api/v1/auth/password-reset – an unknown email gets the same 202, no mail, and no sooner", async () => {
    const known = await Promise.all([newUser("Kim Known"), newUser("Kai Known"), newUser("Ken Known")]);
    const unknown = [uniqueEmail("nobody"), uniqueEmail("nobody"), uniqueEmail("nobody")];
    const timed = async (email: string): Promise<[ApiResponse, number]> => {
      const startedAt = performance.now();
      const response = await requestReset(email);
      return [response, performance.now() - startedAt];
    };
    // Alternating, one at a time, so both paths see the same load.
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [knownAnswer, knownMs] = await timed(known[i]!.email);
      const [unknownAnswer, unknownMs] = await timed(unknown[i]!);
      expect([knownAnswer.status, unknownAnswer.status]).toEqual([202, 202]);
      expect(unknownAnswer.text).toBe(knownAnswer.text);
      expect(unknownAnswer.headers.get("content-type")).toBe(knownAnswer.headers.get("content-type"));
      knownTimes.push(knownMs);
      unknownTimes.push(unknownMs);
    }
    for (const email of unknown) expect(await outbox(email)).toHaveLength(0);
    for (const user of known) expect(await outbox(user.email)).toHaveLength(1);
    // Both paths wait for the same floor; the unknown one is not measurably faster.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    expect(Math.min(...knownTimes, ...unknownTimes)).toBeGreaterThanOrEqual(FLOOR_MS - 5);
    expect(median(unknownTimes)).toBeGreaterThan(median(knownTimes) - 150);
  }, 60_000);
});

describe("password reset limits (PASSWORD_RESET_*: 3 per account, 10 per address, per hour)", () => {
  const MESSAGE_ACCOUNT = /^Too many password reset emails were asked for this address\. Try again in (59 minutes|60 minutes|1 hour)\.$/;
  const MESSAGE_ADDRESS = /^Too many password reset emails were asked for from your network\. Try again in (59 minutes|60 minutes|1 hour)\.$/;

  it("POST /api/v1/auth/password-reset – a 4th request for one account within the hour is a 429, and no 4th email goes out", async () => {
    const user = await newUser("Lim Account");
    const answers = await Promise.all(Array.from({ length: 4 }, () => requestReset(user.email)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 202, 202, 429]);
    expectRateLimited(answers.find((answer) => answer.status === 429)!, 3600, MESSAGE_ACCOUNT);
    expect(await outbox(user.email)).toHaveLength(3);
    // An unknown email is limited alike, so a 429 does not tell either.
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < 3; i++) expect((await requestReset(nobody)).status).toBe(202);
    expectRateLimited(await requestReset(nobody), 3600, MESSAGE_ACCOUNT);
  }, 60_000);

  it("POST /api/v1/auth/password-reset – an 11th request from one address within the hour is a 429", async () => {
    const address = randomAddress();
    const answers = await Promise.all(Array.from({ length: 11 }, () => requestReset(uniqueEmail("spray"), address)));
    expect(answers.filter((answer) => answer.status === 202)).toHaveLength(10);
    expectRateLimited(answers.find((answer) => answer.status === 429)!, 3600, MESSAGE_ADDRESS);
    expect((await requestReset(uniqueEmail("spray"))).status).toBe(202);
  }, 60_000);
});
