// Password reset (README, Password reset) at its default limits, on a server of this
// file's own on the engine TEST_DB selects, with its mail read from a test inbox as it
// arrived (tests/support/password-reset-server.ts). What only the database shows (the
// stored hash, its lifetime, an expired link) is tests/pg/password-reset-storage.test.ts.
import { describe, expect, it } from "vitest";
import { api, randomAddress, uniqueEmail, type ApiResponse } from "../support/api-client";
import { expectRateLimited } from "../support/limits";
import { INVALID, NEW_PASSWORD, resetServer } from "../support/password-reset-server";

const { base, inbox: theInbox, newUser, requestReset, resetMail, confirm, signIn, tokenOf, sentinel } = resetServer("pairline_reset");

const ACCEPTED = { message: "If an account exists for this email, we sent it a link to reset the password." };
/** The floor both paths wait for (lib/accounts/request-password-reset.ts). */
const FLOOR_MS = 500;

describe("POST /api/v1/auth/password-reset and /confirm", () => {
  it("POST /api/v1/auth/password-reset – a known email gets a 202 and a link to the app that works once", async () => {
    const user = await newUser("Rita Reset");
    const asked = await requestReset(user.email);
    expect(asked.status, asked.text).toBe(202);
    expect(asked.body).toEqual(ACCEPTED);

    const mail = await resetMail(user.email);
    expect(mail.to).toBe(user.email.toLowerCase());
    // Not a notification: nothing to unsubscribe from.
    expect(mail.raw).not.toMatch(/^List-Unsubscribe/im);
    const token = tokenOf(mail);
    expect(mail.text).toContain(`${base()}/reset-password/${token}`);
    expect(Buffer.from(token, "base64url")).toHaveLength(32); // 256 bits

    // Opening the page neither uses the link nor lets it leave as a Referer.
    const page = await fetch(`${base()}/reset-password/${token}`);
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
    const first = tokenOf(await resetMail(user.email, 1));
    expect((await requestReset(user.email)).status).toBe(202);
    const second = tokenOf(await resetMail(user.email, 2));
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
    expect((await confirm(tokenOf(await resetMail(user.email)))).status).toBe(204);

    expect((await api("/api/v1/users/me", { token: user.token, baseUrl: base() })).status).toBe(401);
    const signedIn = await signIn(user.email, NEW_PASSWORD, address);
    expect(signedIn.status, signedIn.text).toBe(200);
    expect((await api("/api/v1/users/me", { token: signedIn.body.access_token, baseUrl: base() })).body).toMatchObject({ id: user.id });
  }, 60_000);

  it("POST /api/v1/auth/password-reset/confirm – a weak password is refused and leaves the link working; a made-up link is refused", async () => {
    const user = await newUser("Walt Weak");
    expect((await requestReset(user.email)).status).toBe(202);
    const token = tokenOf(await resetMail(user.email));
    const weak = await confirm(token, "password1234");
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: "validation_failed", fields: { new_password: expect.any(String) } });
    expect((await confirm("made-up-token")).body).toEqual(INVALID);
    expect((await confirm(token)).status).toBe(204);
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
    for (const user of known) await resetMail(user.email);
    await sentinel();
    for (const email of unknown) expect(theInbox().to(email)).toHaveLength(0);
    for (const user of known) expect(theInbox().to(user.email)).toHaveLength(1);
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
    await resetMail(user.email, 3);
    await sentinel();
    expect(theInbox().to(user.email)).toHaveLength(3);
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
