// Invitation links (README, Invitations) on servers of this file's own, on the engine
// TEST_DB selects: one at the default daily limit with 3 sign-ups per link (so "used up"
// is quick to reach), and one whose links expire after 2 seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { api, createUser, randomAddress, STRONG_PASSWORD, uniqueEmail, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { testDatabase, type TestDatabase } from "../support/test-database";
import { expectRateLimited } from "../support/limits";

const MAX_USES = 3;
let server: AppServer;
let database: TestDatabase;
let base: string;

beforeAll(async () => {
  database = await testDatabase("pairline_invites");
  server = await startAppServer({ name: `invites-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: { INVITE_MAX_USES: String(MAX_USES) } });
  base = server.baseUrl;
});

afterAll(async () => {
  await server?.stop();
  database?.cluster?.stop();
});

const INVALID_INVITE = {
  error: {
    code: "validation_failed",
    message: "The request body is invalid.",
    fields: { invite: "This invitation link is not valid: it expired, was revoked or has been used up." },
  },
};

const newUser = (name: string, baseUrl = base) => createUser(name, { baseUrl, address: randomAddress() });
const createInvite = (user: TestUser, baseUrl = base) => api("/api/v1/invites", { method: "POST", token: user.token, baseUrl });
const codeOf = (url: string) => url.split("/invite/")[1]!;
const register = (invite: string, name = "Ivy Invited", baseUrl = base) => {
  const email = uniqueEmail("invited");
  return api("/api/v1/auth/register", {
    method: "POST",
    body: { email, password: STRONG_PASSWORD, name, invite },
    headers: { "x-forwarded-for": randomAddress() },
    baseUrl,
  }).then((response) => ({ response, email }));
};
/** Whether `email` has an account: a sign-in with the right password either works or says who is unknown. */
const accountExists = async (email: string, baseUrl = base) =>
  (await api("/api/v1/auth/token", { method: "POST", body: { email, password: STRONG_PASSWORD }, headers: { "x-forwarded-for": randomAddress() }, baseUrl })).status === 200;
const friendIds = async (user: TestUser, baseUrl = base) =>
  ((await api("/api/v1/friends", { token: user.token, baseUrl })).body as { user: { id: number } }[]).map((friend) => friend.user.id);

describe("invitation links", () => {
  it("POST /api/v1/invites – 201 a link to the app, 14 days, listed by GET for its owner only", async () => {
    const alice = await newUser("Alice Inviter");
    const other = await newUser("Olly Other");
    const created = await createInvite(alice);
    expect(created.status, created.text).toBe(201);
    expect(created.body.url).toMatch(new RegExp(`^${base}/invite/[A-Za-z0-9_-]{24,}$`));
    expect(Buffer.from(codeOf(created.body.url), "base64url").length).toBeGreaterThanOrEqual(16); // 128+ bits
    const days = (Date.parse(created.body.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
    expect(created.body).toMatchObject({ uses: 0, max_uses: MAX_USES });

    const listed = await api("/api/v1/invites", { token: alice.token, baseUrl: base });
    expect(listed.body).toEqual([created.body]);
    expect((await api("/api/v1/invites", { token: other.token, baseUrl: base })).body).toEqual([]);

    // The register page opened from the link names the inviter, and nothing else of theirs.
    const page = await fetch(`${base}/invite/${codeOf(created.body.url)}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer"); // the code never leaves as a Referer
    expect(html).toContain("Alice Inviter invited you");
    expect(html).not.toContain(alice.email);
  });

  it("POST /api/v1/auth/register – with an invite, the new user and the inviter are friends at once", async () => {
    const alice = await newUser("Alice Host");
    const { body: invite } = await createInvite(alice);
    const { response, email } = await register(codeOf(invite.url), "Bob Newcomer");
    expect(response.status, response.text).toBe(201);
    const bobId = response.body.user.id;
    expect(await friendIds(alice)).toEqual([bobId]);
    const bobToken = (await api("/api/v1/auth/token", { method: "POST", body: { email, password: STRONG_PASSWORD }, headers: { "x-forwarded-for": randomAddress() }, baseUrl: base })).body.access_token;
    expect(await friendIds({ token: bobToken } as TestUser)).toEqual([alice.id]);
    expect((await api("/api/v1/invites", { token: alice.token, baseUrl: base })).body[0]).toMatchObject({ id: invite.id, uses: 1 });
  });

  it(`POST /api/v1/auth/register – a link stops after ${MAX_USES} sign-ups: 400 fields.invite and no account`, async () => {
    const alice = await newUser("Alice Popular");
    const { body: invite } = await createInvite(alice);
    for (let i = 0; i < MAX_USES; i++) expect((await register(codeOf(invite.url))).response.status).toBe(201);
    const { response, email } = await register(codeOf(invite.url));
    expect(response.status).toBe(400);
    expect(response.body).toEqual(INVALID_INVITE);
    expect(await accountExists(email)).toBe(false);
    expect(await friendIds(alice)).toHaveLength(MAX_USES);
    expect((await api("/api/v1/invites", { token: alice.token, baseUrl: base })).body).toEqual([]);
  });

  it("DELETE /api/v1/invites/:id – revoked: 204 for the owner, 404 for anyone else, and the link stops working", async () => {
    const alice = await newUser("Alice Revoker");
    const mallory = await newUser("Mallory Meddler");
    const { body: invite } = await createInvite(alice);
    const foreign = await api(`/api/v1/invites/${invite.id}`, { method: "DELETE", token: mallory.token, baseUrl: base });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ error: { code: "invite_not_found", message: "No such invitation link." } });
    expect((await api(`/api/v1/invites/${invite.id}`, { method: "DELETE", token: alice.token, baseUrl: base })).status).toBe(204);
    const { response, email } = await register(codeOf(invite.url));
    expect(response.body).toEqual(INVALID_INVITE);
    expect(await accountExists(email)).toBe(false);
    expect((await api("/api/v1/invites", { token: alice.token, baseUrl: base })).body).toEqual([]);
    expect(await friendIds(alice)).toEqual([]);
  });

  it("POST /api/v1/auth/register – an unknown code: 400 fields.invite and no account", async () => {
    const { response, email } = await register("no-such-code-anywhere");
    expect(response.status).toBe(400);
    expect(response.body).toEqual(INVALID_INVITE);
    expect(await accountExists(email)).toBe(false);
  });

  it("POST /api/v1/invites – the 11th link within a day is a 429 (INVITES_MAX_PER_USER)", async () => {
    const alice = await newUser("Alice Prolific");
    const answers = await Promise.all(Array.from({ length: 11 }, () => createInvite(alice)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(10);
    expectRateLimited(answers.find((answer) => answer.status === 429)!, 86_400, /^You have created the most invitation links allowed \(10 per day\)\. Try again in/);
    expect((await api("/api/v1/invites", { token: alice.token, baseUrl: base })).body).toHaveLength(10);
  });
});

describe("invitation links that expire (INVITE_TTL_SECONDS=2)", () => {
  let shortLived: AppServer;
  let shortDatabase: TestDatabase;

  beforeAll(async () => {
    shortDatabase = await testDatabase("pairline_invites_ttl");
    shortLived = await startAppServer({ name: `invites-ttl-${shortDatabase.engine}`, databaseUrl: shortDatabase.databaseUrl, extraEnv: { INVITE_TTL_SECONDS: "2" } });
  });

  afterAll(async () => {
    await shortLived?.stop();
    shortDatabase?.cluster?.stop();
  });

  it("POST /api/v1/auth/register – an expired link: 400 fields.invite and no account", async () => {
    const alice = await newUser("Alice Hasty", shortLived.baseUrl);
    const { body: invite } = await createInvite(alice, shortLived.baseUrl);
    await sleep(Math.max(0, Date.parse(invite.expires_at) - Date.now()) + 300);
    const { response, email } = await register(codeOf(invite.url), "Late Larry", shortLived.baseUrl);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(INVALID_INVITE);
    expect(await accountExists(email, shortLived.baseUrl)).toBe(false);
    expect((await api("/api/v1/invites", { token: alice.token, baseUrl: shortLived.baseUrl })).body).toEqual([]);
  });
});
