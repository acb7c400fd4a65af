// Every abuse limit of README, Abuse limits (except event streams) at its default, on a server of
// this file's own: the project's shared server runs with higher limits
// (tests/support/test-limits.ts). Each case asserts the 429, its Retry-After and body.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, browserSignIn, createUser, randomAddress, STRONG_PASSWORD, uniqueEmail, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { testDatabase, type TestDatabase } from "../support/test-database";
import { befriendHost, crowd, expectRateLimited, pendingSessions } from "../support/limits";

let server: AppServer;
let database: TestDatabase;
let base: string;

beforeAll(async () => {
  database = await testDatabase("pairline_limits");
  server = await startAppServer({ name: `limits-${database.engine}`, databaseUrl: database.databaseUrl });
  base = server.baseUrl;
});

afterAll(async () => {
  await server?.stop();
  database?.cluster?.stop();
});

const token = (email: string, password: string, address: string) =>
  api("/api/v1/auth/token", { method: "POST", body: { email, password }, headers: { "x-forwarded-for": address }, baseUrl: base });
const post = (path: string, user: TestUser, body?: unknown) => api(path, { method: "POST", token: user.token, body, baseUrl: base });
const SIGN_IN_MESSAGE = /^Too many failed sign-in attempts\. Try again in 15 minutes\.$/;

describe("failed sign-ins (LOGIN_*: 5 per account and address, 20 per account, 30 per address, per 15 min)", () => {
  it("POST /api/v1/auth/token – 429 after 5 failures for one account from one address; the owner still signs in elsewhere", async () => {
    const user = await createUser("Owner", { baseUrl: base, address: randomAddress() });
    const attacker = randomAddress();
    for (let attempt = 0; attempt < 5; attempt++) expect((await token(user.email, "wrong-password", attacker)).status).toBe(401);
    // Refused even with the right password: the limit does not tell guesses apart.
    expectRateLimited(await token(user.email, user.password, attacker), 900, SIGN_IN_MESSAGE);
    expect((await token(user.email, user.password, randomAddress())).status).toBe(200);
  }, 120_000);

  it("POST /api/v1/auth/token – 429 after 20 failures for one account from many addresses", async () => {
    const user = await createUser("Popular", { baseUrl: base, address: randomAddress() });
    for (let attempt = 0; attempt < 20; attempt++) expect((await token(user.email, "wrong-password", randomAddress())).status).toBe(401);
    expectRateLimited(await token(user.email, user.password, randomAddress()), 900, SIGN_IN_MESSAGE);
  }, 120_000);

  it("POST /api/v1/auth/token – 429 after 30 failures from one address across accounts; other addresses are unaffected", async () => {
    const address = randomAddress();
    for (let attempt = 0; attempt < 30; attempt++) expect((await token(uniqueEmail("spray"), "wrong-password", address)).status).toBe(401);
    const user = await createUser("Victim", { baseUrl: base, address: randomAddress() });
    expectRateLimited(await token(user.email, user.password, address), 900, SIGN_IN_MESSAGE);
    expect((await token(user.email, user.password, randomAddress())).status).toBe(200);
  }, 120_000);

  it("POST /api/v1/auth/token – a successful sign-in gives its slot back and clears that address's failures", async () => {
    const user = await createUser("Forgetful", { baseUrl: base, address: randomAddress() });
    const address = randomAddress();
    for (let attempt = 0; attempt < 4; attempt++) expect((await token(user.email, "wrong-password", address)).status).toBe(401);
    expect((await token(user.email, user.password, address)).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) expect((await token(user.email, "wrong-password", address)).status).toBe(401);
    expectRateLimited(await token(user.email, "wrong-password", address), 900, SIGN_IN_MESSAGE);
  }, 120_000);

  it("browser sign-in (next-auth Credentials) – shares the count with the API and reports the limit's message", async () => {
    const user = await createUser("Browser", { baseUrl: base, address: randomAddress() });
    const address = randomAddress();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await browserSignIn(user.email, "wrong-password", { baseUrl: base, address })).toMatchObject({ cookie: null, error: "CredentialsSignin" });
    }
    for (let attempt = 0; attempt < 2; attempt++) expect((await token(user.email, "wrong-password", address)).status).toBe(401);
    const refused = await browserSignIn(user.email, user.password, { baseUrl: base, address });
    expect(refused.cookie).toBeNull();
    expect(refused.error).toMatch(/^rate_limited: Too many failed sign-in attempts\. Try again in 15 minutes\.$/);
    expectRateLimited(await token(user.email, user.password, address), 900, SIGN_IN_MESSAGE);
    expect((await browserSignIn(user.email, user.password, { baseUrl: base, address: randomAddress() })).cookie).toMatch(/session-token=/);
  }, 120_000);
});

describe("registrations (REGISTRATIONS_MAX_PER_ADDRESS: 10 per hour)", () => {
  it("POST /api/v1/auth/register – 429 for the 11th sign-up from one address; another address may still sign up", async () => {
    const address = randomAddress();
    const register = (from: string) =>
      api("/api/v1/auth/register", { method: "POST", body: { email: uniqueEmail("signup"), password: STRONG_PASSWORD, name: "Signup" }, headers: { "x-forwarded-for": from }, baseUrl: base });
    for (let i = 0; i < 10; i++) expect((await register(address)).status).toBe(201);
    const refused = await register(address);
    expectRateLimited(refused, 3600, /^Too many accounts were created from your network\. Try again in (1 hour|\d+ minutes)\.$/);
    expect((await register(randomAddress())).status).toBe(201);
  }, 120_000);
});

describe("friend requests (FRIEND_REQUESTS_MAX_PER_USER: 30 per day; FRIEND_REQUEST_DECLINE_COOLDOWN_SECONDS: 7 days)", () => {
  it("POST /api/v1/friends/requests – 429 for the 31st request in a day", async () => {
    const [sender] = await crowd(base, 1, "Sender");
    const targets = await crowd(base, 31, "Target");
    for (const target of targets.slice(0, 30)) expect((await post("/api/v1/friends/requests", sender!, { user_id: target.id })).status).toBe(201);
    const refused = await post("/api/v1/friends/requests", sender!, { user_id: targets[30]!.id });
    expectRateLimited(refused, 86_400, /^You have sent the most friend requests allowed \(30 per day\)\. Try again in (24 hours|23 hours \d+ minutes)\.$/);
    // Nothing was created for the refused one.
    const outgoing = await api("/api/v1/friends/requests", { token: sender!.token, baseUrl: base });
    expect(outgoing.body.outgoing).toHaveLength(30);
  }, 120_000);

  it("POST /api/v1/friends/requests – a request that is not sent (already pending) does not count", async () => {
    const [sender, target] = await crowd(base, 2, "Repeat");
    expect((await post("/api/v1/friends/requests", sender!, { user_id: target!.id })).status).toBe(201);
    for (let i = 0; i < 35; i++) expect((await post("/api/v1/friends/requests", sender!, { user_id: target!.id })).status).toBe(409);
    const others = await crowd(base, 1, "Other");
    expect((await post("/api/v1/friends/requests", sender!, { user_id: others[0]!.id })).status).toBe(201);
  }, 120_000);

  it("POST /api/v1/friends/requests – a declined request cannot be sent again to the same person for 7 days", async () => {
    const [sender, target] = await crowd(base, 2, "Declined");
    const asked = await post("/api/v1/friends/requests", sender!, { user_id: target!.id });
    expect((await post(`/api/v1/friends/requests/${asked.body.id}/decline`, target!)).status).toBe(200);
    const again = await post("/api/v1/friends/requests", sender!, { user_id: target!.id });
    const retryAfter = expectRateLimited(again, 7 * 86_400, /^This person declined your last friend request\. Try again in 7 days\.$/);
    expect(retryAfter).toBeGreaterThan(7 * 86_400 - 120);
    // The one who declined may still ask.
    expect((await post("/api/v1/friends/requests", target!, { user_id: sender!.id })).status).toBe(201);
  }, 120_000);
});

describe("meetings created (MEETINGS_MAX_PER_USER: 20 per day)", () => {
  it("POST /api/v1/sessions/:id/start – 429 for the 21st start in a day; the session stays pending", async () => {
    const [host] = await crowd(base, 1, "Host");
    const friends = await crowd(base, 21, "Guest");
    await befriendHost(base, host!, friends);
    const sessions = await pendingSessions(base, host!, friends);
    for (const id of sessions.slice(0, 20)) expect((await post(`/api/v1/sessions/${id}/start/`, host!)).status).toBe(200);
    const last = sessions[20]!;
    const refused = await post(`/api/v1/sessions/${last}/start/`, host!);
    expectRateLimited(refused, 86_400, /^You have started the most sessions allowed \(20 per day\)\. Try again in (24 hours|23 hours \d+ minutes)\.$/);
    const after = await api(`/api/v1/sessions/${last}/`, { token: host!.token, baseUrl: base });
    expect(after.body).toMatchObject({ status: "pending", started_by: null, video_provider: null });
    // The limit is the starter's: the friend may start it.
    expect((await post(`/api/v1/sessions/${last}/start/`, friends[20]!)).status).toBe(200);
  }, 120_000);
});

describe("chat messages (CHAT_MESSAGES_MAX_PER_USER: 30 per minute)", () => {
  it("POST /api/v1/chats/:friend_id/messages – 429 for the 31st message in a minute; the friend can still write", async () => {
    const [a, b] = await crowd(base, 2, "Chatty");
    await befriendHost(base, a!, [b!]);
    for (let i = 0; i < 30; i++) expect((await post(`/api/v1/chats/${b!.id}/messages`, a!, { text: `hello ${i}` })).status).toBe(201);
    const refused = await post(`/api/v1/chats/${b!.id}/messages`, a!, { text: "one too many" });
    expectRateLimited(refused, 60, /^You are sending messages too fast \(at most 30 per minute\)\. Try again in (\d+ seconds|1 minute)\.$/);
    expect((await post(`/api/v1/chats/${a!.id}/messages`, b!, { text: "my turn" })).status).toBe(201);
    const messages = await api(`/api/v1/chats/${b!.id}/messages`, { token: a!.token, baseUrl: base });
    expect(messages.body.map((m: { text: string }) => m.text)).not.toContain("one too many");
  }, 120_000);
});

describe("join tokens (JOIN_TOKENS_MAX_PER_USER: 30 per hour)", () => {
  it("POST /api/v1/sessions/:id/join-token – 429 for the 31st token in an hour", async () => {
    const [a, b] = await crowd(base, 2, "Joiner");
    await befriendHost(base, a!, [b!]);
    const [id] = await pendingSessions(base, a!, [b!]);
    expect((await post(`/api/v1/sessions/${id}/start/`, a!)).status).toBe(200);
    expect((await post(`/api/v1/sessions/${id}/ready/`, b!)).status).toBe(200);
    for (let i = 0; i < 30; i++) expect((await post(`/api/v1/sessions/${id}/join-token/`, a!)).status).toBe(201);
    const refused = await post(`/api/v1/sessions/${id}/join-token/`, a!);
    expectRateLimited(refused, 3600, /^Too many join links requested \(at most 30 per hour\)\. Try again in (1 hour|\d+ minutes)\.$/);
  }, 120_000);
});
