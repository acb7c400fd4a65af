// The admin user-management API (README, Admin): list, detail, disable, enable, role and
// the admin actions log. Disabling ends every credential and stream of the account within
// 1 s, cancels its open sessions with the reason, hides it from search, and the right
// password then answers 403 `account_disabled` (a wrong one stays 401).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { api, browserSignIn, createUser, signInWithCookie, STRONG_PASSWORD, type TestUser } from "../support/api-client";
import { adminUser, call, friends, openSession, uniqueTag } from "../support/admin";
import { openEventStream } from "../support/event-stream";
import { startAppServer, type AppServer } from "../support/app-server";
import { SHARED_TEST_SERVER_LIMITS } from "../support/test-limits";

const NOT_AUTHENTICATED = { error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } };
const DISABLED_401 = { error: { code: "not_authenticated", message: "This account has been disabled by an administrator.", reason: "account_disabled" } };
const NO_SUCH_ENDPOINT = { error: { code: "not_found", message: "No such endpoint." } };
const invalid = (message: string, fields: Record<string, string>) => ({ error: { code: "validation_failed", message, fields } });

let admin: TestUser;
beforeAll(async () => {
  admin = await adminUser();
});

const asAdmin = (path: string, method = "GET", body?: unknown) => api(path, { method, token: admin.token, body });

describe("access control: 404 to everyone but admins (like the session admin API)", () => {
  const endpoints: [string, string, unknown][] = [
    ["GET", "/api/v1/admin/users", undefined],
    ["GET", "/api/v1/admin/users/:id", undefined],
    ["POST", "/api/v1/admin/users/:id/disable", { reason: "spam" }],
    ["POST", "/api/v1/admin/users/:id/enable", undefined],
    ["POST", "/api/v1/admin/users/:id/role", { role: "admin" }],
    ["GET", "/api/v1/admin/audit-log", undefined],
  ];
  it.each(endpoints)("%s %s – 401 anonymous, 404 for a user by bearer and cookie, and nothing changes", async (method, path, body) => {
    const [a, b] = await friends("Nosy", "Target");
    const url = path.replace(":id", String(b.id));
    const anonymous = await api(url, { method, body });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual(NOT_AUTHENTICATED);
    const cookie = await signInWithCookie(a.email, a.password);
    for (const auth of [{ token: a.token }, { cookie }]) {
      const response = await api(url, { method, body, ...auth });
      expect(response.status).toBe(404);
      expect(response.body).toEqual(NO_SUCH_ENDPOINT);
    }
    const after = await asAdmin(`/api/v1/admin/users/${b.id}`);
    expect(after.body).toMatchObject({ status: "active", role: "user" });
  });
});

describe("GET /api/v1/admin/users", () => {
  let tag: string;
  let people: TestUser[];
  beforeAll(async () => {
    tag = uniqueTag();
    people = [];
    for (const name of ["Ann", "Ben", "Cat"]) people.push(await createUser(`${name} ${tag}`));
  });

  it("GET /api/v1/admin/users?q= – newest first, names and emails with role, status and times", async () => {
    const response = await asAdmin(`/api/v1/admin/users?q=${tag}`);
    expect(response.status).toBe(200);
    expect(response.body.map((user: { id: number }) => user.id)).toEqual(people.map((p) => p.id).reverse());
    expect(response.body[0]).toEqual({ id: people[2]!.id, name: people[2]!.name, email: people[2]!.email, role: "user", status: "active", created_at: expect.any(String), last_seen_at: null });
    expect(response.headers.get("link")).toBeNull();
    // An email, in part and in any case.
    const byEmail = await asAdmin(`/api/v1/admin/users?q=${encodeURIComponent(people[1]!.email.toUpperCase())}`);
    expect(byEmail.body.map((user: { id: number }) => user.id)).toEqual([people[1]!.id]);
  });

  it("GET /api/v1/admin/users?limit=&cursor= – pages follow the Link header", async () => {
    const first = await asAdmin(`/api/v1/admin/users?q=${tag}&limit=2`);
    expect(first.body).toHaveLength(2);
    const link = first.headers.get("link")!;
    expect(link).toMatch(/; rel="next"$/);
    const next = await asAdmin(/<([^>]+)>/.exec(link)![1]!);
    expect(next.body.map((user: { id: number }) => user.id)).toEqual([people[0]!.id]);
    expect(next.headers.get("link")).toBeNull();
  });

  it("GET /api/v1/admin/users?role=&status= – filters; empty filters filter nothing", async () => {
    const disabled = await asAdmin(`/api/v1/admin/users/${people[0]!.id}/disable`, "POST", { reason: "filter test" });
    expect(disabled.status).toBe(200);
    const onlyDisabled = await asAdmin(`/api/v1/admin/users?q=${tag}&status=disabled`);
    expect(onlyDisabled.body.map((user: { id: number }) => user.id)).toEqual([people[0]!.id]);
    const active = await asAdmin(`/api/v1/admin/users?q=${tag}&status=active&role=user`);
    expect(active.body.map((user: { id: number }) => user.id)).toEqual([people[2]!.id, people[1]!.id]);
    expect((await asAdmin(`/api/v1/admin/users?q=${tag}&role=admin`)).body).toEqual([]);
    expect((await asAdmin(`/api/v1/admin/users?q=${tag}&role=&status=`)).body).toHaveLength(3);
    const admins = await asAdmin(`/api/v1/admin/users?role=admin&limit=100`);
    expect(admins.body.some((user: { id: number }) => user.id === admin.id)).toBe(true);
  });

  it.each([
    ["an unknown role", "role=owner", { role: "Expected one of user, admin" }],
    ["an unknown status", "status=banned", { status: "Expected one of active, disabled" }],
    ["a limit of 0", "limit=0", { limit: "Expected an integer from 1 to 100" }],
    ["a bad cursor", "cursor=abc", { cursor: "Invalid cursor" }],
    ["an unknown parameter", "sort=name", { sort: "Unknown field" }],
  ])("GET /api/v1/admin/users – 400 for %s", async (_label, query, fields) => {
    const response = await asAdmin(`/api/v1/admin/users?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(invalid("The query string is invalid.", fields));
  });
});

describe("GET /api/v1/admin/users/:id", () => {
  it("GET /api/v1/admin/users/:id – the account with its friend and session counts", async () => {
    const [a, b] = await friends("Counted", "Friend");
    await openSession(a, b);
    const response = await asAdmin(`/api/v1/admin/users/${a.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: a.id,
      name: a.name,
      email: a.email,
      role: "user",
      status: "active",
      created_at: expect.any(String),
      last_seen_at: null,
      friends_count: 1,
      sessions_count: 1,
      disabled_reason: null,
      disabled_at: null,
      disabled_by: null,
    });
  });

  it("GET /api/v1/admin/users/:id – 404 for an unknown or malformed id", async () => {
    expect((await asAdmin("/api/v1/admin/users/2147483000")).body).toEqual({ error: { code: "user_not_found", message: "No such user." } });
    const malformed = await asAdmin("/api/v1/admin/users/abc");
    expect(malformed.status).toBe(404);
    expect(malformed.body).toEqual({ error: { code: "not_found", message: "No such user." } });
  });
});

describe("POST /api/v1/admin/users/:id/disable", () => {
  it("POST /api/v1/admin/users/:id/disable – bad input is a 400 and changes nothing", async () => {
    const target = await createUser("Not Yet Disabled");
    const cases: [unknown, Record<string, string>][] = [
      [{}, { reason: "Required" }],
      [{ reason: "   " }, { reason: "Required" }],
      [{ reason: "x".repeat(501) }, { reason: "At most 500 characters" }],
      [{ reason: "ok", extra: 1 }, { extra: "Unknown field" }],
    ];
    for (const [body, fields] of cases) {
      const response = await asAdmin(`/api/v1/admin/users/${target.id}/disable`, "POST", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.fields).toEqual(fields);
    }
    expect((await api("/api/v1/users/me", { token: target.token })).status).toBe(200);
    expect((await asAdmin(`/api/v1/admin/users/${target.id}`)).body.status).toBe("active");
  });

  it("POST /api/v1/admin/users/:id/disable – 409 cannot_disable_self; 404 for an unknown user", async () => {
    const self = await asAdmin(`/api/v1/admin/users/${admin.id}/disable`, "POST", { reason: "oops" });
    expect(self.status).toBe(409);
    expect(self.body).toEqual({ error: { code: "cannot_disable_self", message: "You cannot disable your own account." } });
    const unknown = await asAdmin("/api/v1/admin/users/2147483000/disable", "POST", { reason: "ghost" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("user_not_found");
  });

  it("POST /api/v1/admin/users/:id/disable – bearer, cookie and stream end within 1 s; sessions cancelled with the reason; hidden from search; sign-in 403 only with the right password", async () => {
    const tag = uniqueTag();
    const [victim, friend] = await friends(`Vera ${tag}`, `Finn ${tag}`);
    const other = await createUser(`Otto ${tag}`);
    await call("/api/v1/friends/requests", other, { user_id: friend.id });
    const session = await openSession(victim, friend, { start: true });
    // A planned session with the same friend: not the pair's open session, cancelled too.
    const planned = await api("/api/v1/sessions/schedule", { method: "POST", token: friend.token, body: { participant_id: victim.id, starts_at: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(planned.status, planned.text).toBe(201);
    const cookie = await signInWithCookie(victim.email, victim.password);
    const stream = await openEventStream({ token: victim.token });
    const cookieStream = await openEventStream({ cookie });
    expect(stream.status).toBe(200);
    expect(cookieStream.status).toBe(200);
    expect((await api(`/api/v1/users?q=${encodeURIComponent(`Vera ${tag}`)}`, { token: other.token })).body).toHaveLength(1);

    const reason = `Spam in chat ${tag}`;
    const disabled = await asAdmin(`/api/v1/admin/users/${victim.id}/disable`, "POST", { reason });
    const doneAt = Date.now();
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.body).toMatchObject({ id: victim.id, status: "disabled", disabled_reason: reason, disabled_by: { id: admin.id, name: admin.name }, disabled_at: expect.any(String) });

    await Promise.all([stream.ended, cookieStream.ended]);
    expect(Date.now() - doneAt).toBeLessThan(1_000);

    // Old credentials: 401 that says why (the page's notice shows it).
    expect((await api("/api/v1/users/me", { token: victim.token })).body).toEqual(DISABLED_401);
    expect((await api("/api/v1/users/me", { cookie })).body).toEqual(DISABLED_401);
    const reopened = await openEventStream({ token: victim.token });
    expect(reopened.status).toBe(401);

    // The open session was cancelled through the rules, with the reason, by the admin.
    const after = await api(`/api/v1/sessions/${session.id}/`, { token: friend.token });
    expect(after.body.status).toBe("cancelled");
    const trail = (await api(`/api/v1/sessions/${session.id}/audit-logs/`, { token: friend.token })).body;
    const cancelled = trail.find((entry: { event_type: string }) => entry.event_type === "cancelled");
    expect(cancelled.metadata).toMatchObject({ reason: "account_disabled" });
    expect(cancelled.user.id).toBe(admin.id);
    const plannedAfter = await api(`/api/v1/sessions/${planned.body.id}/`, { token: friend.token });
    expect(plannedAfter.body).toMatchObject({ status: "cancelled", sequence: planned.body.sequence + 1 });
    const plannedTrail = (await api(`/api/v1/sessions/${planned.body.id}/audit-logs/`, { token: friend.token })).body;
    expect(plannedTrail.find((entry: { event_type: string }) => entry.event_type === "cancelled").metadata).toMatchObject({ reason: "account_disabled" });

    // Search no longer finds them, by name or exact email.
    expect((await api(`/api/v1/users?q=${encodeURIComponent(`Vera ${tag}`)}`, { token: other.token })).body).toEqual([]);
    expect((await api(`/api/v1/users?q=${encodeURIComponent(victim.email)}`, { token: other.token })).body).toEqual([]);

    // Signing in: the right password learns it is disabled; a wrong one stays a plain 401.
    const right = await api("/api/v1/auth/token", { method: "POST", body: { email: victim.email, password: victim.password } });
    expect(right.status).toBe(403);
    expect(right.body).toEqual({ error: { code: "account_disabled", message: "This account has been disabled by an administrator." } });
    const wrong = await api("/api/v1/auth/token", { method: "POST", body: { email: victim.email, password: `${victim.password}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("invalid_credentials");
    const browser = await browserSignIn(victim.email, victim.password);
    expect(browser.cookie).toBeNull();
    expect(browser.error).toBe("account_disabled: This account has been disabled by an administrator.");
    expect((await browserSignIn(victim.email, "wrong password here")).error).toBe("CredentialsSignin");

    // The admin actions log has it, with the reason; disabling again changes and logs nothing.
    const log = await asAdmin(`/api/v1/admin/audit-log?user_id=${victim.id}`);
    expect(log.body).toEqual([
      {
        id: expect.any(Number),
        admin: { id: admin.id, name: admin.name },
        action: "user_disabled",
        target_user_id: victim.id,
        target_user: { id: victim.id, name: victim.name },
        target_session_id: null,
        reason,
        details: {},
        created_at: expect.any(String),
      },
    ]);
    const again = await asAdmin(`/api/v1/admin/users/${victim.id}/disable`, "POST", { reason: "again" });
    expect(again.status).toBe(200);
    expect(again.body.disabled_reason).toBe(reason);
    expect((await asAdmin(`/api/v1/admin/audit-log?user_id=${victim.id}`)).body).toHaveLength(1);
  });
});

describe("POST /api/v1/admin/users/:id/enable", () => {
  it("POST /api/v1/admin/users/:id/enable – signs in again (old credentials stay revoked), found again, logged", async () => {
    const tag = uniqueTag();
    const target = await createUser(`Eve ${tag}`);
    const looker = await createUser(`Lou ${tag}`);
    await asAdmin(`/api/v1/admin/users/${target.id}/disable`, "POST", { reason: "mistake" });
    const enabled = await asAdmin(`/api/v1/admin/users/${target.id}/enable`, "POST");
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ status: "active", disabled_reason: null, disabled_at: null, disabled_by: null });
    expect((await api("/api/v1/users/me", { token: target.token })).status).toBe(401);
    const token = await api("/api/v1/auth/token", { method: "POST", body: { email: target.email, password: target.password } });
    expect(token.status).toBe(200);
    expect((await api(`/api/v1/users?q=${encodeURIComponent(`Eve ${tag}`)}`, { token: looker.token })).body).toHaveLength(1);
    const actions = (await asAdmin(`/api/v1/admin/audit-log?user_id=${target.id}`)).body.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(["user_enabled", "user_disabled"]);
    // Enabling an active account changes nothing and logs nothing.
    await asAdmin(`/api/v1/admin/users/${target.id}/enable`, "POST");
    expect((await asAdmin(`/api/v1/admin/audit-log?user_id=${target.id}`)).body).toHaveLength(2);
  });
});

describe("POST /api/v1/admin/users/:id/role", () => {
  it("POST /api/v1/admin/users/:id/role – promote and demote, bumping the token version; logged with from and to", async () => {
    const target = await createUser("Promoted");
    const promoted = await asAdmin(`/api/v1/admin/users/${target.id}/role`, "POST", { role: "admin" });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe("admin");
    // The old token is revoked; a fresh one opens the admin area.
    const revoked = await api("/api/v1/users/me", { token: target.token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.reason).toBe("role_changed");
    const fresh = (await api("/api/v1/auth/token", { method: "POST", body: { email: target.email, password: target.password } })).body.access_token;
    expect((await api("/api/v1/admin/users?limit=1", { token: fresh })).status).toBe(200);
    const demoted = await asAdmin(`/api/v1/admin/users/${target.id}/role`, "POST", { role: "user" });
    expect(demoted.body.role).toBe("user");
    expect((await api("/api/v1/admin/users?limit=1", { token: fresh })).status).toBe(401);
    const log = (await asAdmin(`/api/v1/admin/audit-log?user_id=${target.id}`)).body;
    expect(log.map((entry: any) => [entry.action, entry.details])).toEqual([
      ["role_changed", { from: "admin", to: "user" }],
      ["role_changed", { from: "user", to: "admin" }],
    ]);
  });

  it("POST /api/v1/admin/users/:id/role – 400 for a bad role; 404 for an unknown user", async () => {
    const target = await createUser("Roleless");
    const bad = await asAdmin(`/api/v1/admin/users/${target.id}/role`, "POST", { role: "owner" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ role: "Expected one of user, admin" });
    expect((await asAdmin(`/api/v1/admin/users/${target.id}`)).body.role).toBe("user");
    expect((await asAdmin("/api/v1/admin/users/2147483000/role", "POST", { role: "admin" })).status).toBe(404);
  });
});

describe("GET /api/v1/admin/audit-log", () => {
  it("GET /api/v1/admin/audit-log – an admin's session cancel is logged too; newest first, paged", async () => {
    const [a, b] = await friends("Logged", "Cancel");
    const session = await openSession(a, b);
    expect((await asAdmin(`/api/v1/admin/sessions/${session.id}/cancel`, "POST")).status).toBe(200);
    const newest = await asAdmin("/api/v1/admin/audit-log?limit=1");
    expect(newest.status).toBe(200);
    expect(newest.headers.get("link")).toMatch(/rel="next"/);
    const all = await asAdmin("/api/v1/admin/audit-log?limit=100");
    const entry = all.body.find((row: any) => row.target_session_id === session.id);
    expect(entry).toMatchObject({ action: "session_cancelled", admin: { id: admin.id }, target_user_id: null, reason: null });
    const ids = all.body.map((row: { id: number }) => row.id);
    expect(ids).toEqual([...ids].sort((x: number, y: number) => y - x));
  });

  it("GET /api/v1/admin/audit-log – 400 for a bad limit or user id", async () => {
    expect((await asAdmin("/api/v1/admin/audit-log?limit=101")).body).toEqual(invalid("The query string is invalid.", { limit: "Expected an integer from 1 to 100" }));
    expect((await asAdmin("/api/v1/admin/audit-log?user_id=x")).body).toEqual(invalid("The query string is invalid.", { user_id: "Expected a user id" }));
  });
});

describe("the last-admin rule, on a server of its own (this file's admin is shared)", () => {
  let server: AppServer;
  let soleAdmin: TestUser;
  const base = () => server.baseUrl;
  beforeAll(async () => {
    const credentials = { email: `sole-${crypto.randomBytes(4).toString("hex")}@example.test`, password: STRONG_PASSWORD, name: "Sole Admin" };
    server = await startAppServer({ name: "last-admin", admins: [credentials], extraEnv: SHARED_TEST_SERVER_LIMITS });
    const token = await api("/api/v1/auth/token", { method: "POST", body: { email: credentials.email, password: credentials.password }, baseUrl: base() });
    if (token.status !== 200) throw new Error(`sole admin token: ${token.status} ${token.text}`);
    const me = await api("/api/v1/users/me", { token: token.body.access_token, baseUrl: base() });
    soleAdmin = { id: me.body.id, email: credentials.email, name: credentials.name, password: credentials.password, token: token.body.access_token };
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("POST /api/v1/admin/users/:id/role and DELETE /api/v1/users/me – 409 last_admin for the only admin; fine once there is another", async () => {
    const demote = await api(`/api/v1/admin/users/${soleAdmin.id}/role`, { method: "POST", token: soleAdmin.token, body: { role: "user" }, baseUrl: base() });
    expect(demote.status).toBe(409);
    expect(demote.body).toEqual({ error: { code: "last_admin", message: "This would leave no active admin; make someone else an admin first." } });
    const leave = await api("/api/v1/users/me", { method: "DELETE", token: soleAdmin.token, body: { password: soleAdmin.password }, baseUrl: base() });
    expect(leave.status).toBe(409);
    expect(leave.body.error.code).toBe("last_admin");
    expect((await api("/api/v1/users/me", { token: soleAdmin.token, baseUrl: base() })).body.role).toBe("admin");

    const other = await createUser("Second Admin", { baseUrl: base() });
    expect((await api(`/api/v1/admin/users/${other.id}/role`, { method: "POST", token: soleAdmin.token, body: { role: "admin" }, baseUrl: base() })).status).toBe(200);
    const nowFine = await api(`/api/v1/admin/users/${soleAdmin.id}/role`, { method: "POST", token: soleAdmin.token, body: { role: "user" }, baseUrl: base() });
    expect(nowFine.status).toBe(200);
    expect(nowFine.body.role).toBe("user");
  });
});
