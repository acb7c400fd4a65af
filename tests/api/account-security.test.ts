// Password change, "sign out everywhere" and the password rules (README, API): every
// cookie and bearer token issued before a change is refused afterwards.
import { describe, expect, it } from "vitest";
import { api, baseUrl, createUser, randomAddress, signInWithCookie, STRONG_PASSWORD, uniqueEmail, type TestUser } from "../support/api-client";
import { signAppToken } from "../support/app-token";

const NEW_PASSWORD = "amber trellis quietly gallops";
// 256 characters (the maximum): only its first 64 are scored (lib/accounts/password-strength.ts).
const LONG_PASSPHRASE = "maple orbit canyon velvet thistle harbor quartz lantern meadow ".repeat(5).slice(0, 256);
const NOT_AUTHENTICATED = { error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } };

type Credential = { token: string } | { cookie: string };

const me = (credential: Credential) => api("/api/v1/users/me", credential);
const tokenFor = (email: string, password: string) => api("/api/v1/auth/token", { method: "POST", body: { email, password }, headers: { "x-forwarded-for": randomAddress() } });
/** A cookie-authenticated POST as the app's own page sends it. */
const sameOrigin = () => ({ origin: baseUrl() });

async function changePassword(credential: Credential, body: unknown, headers: Record<string, string> = {}) {
  return api("/api/v1/auth/password", { method: "POST", body, ...credential, headers: { ...sameOrigin(), ...headers } });
}

/** Everything that should stop working after a revocation: two cookies and two bearer tokens. */
async function credentialsOf(user: TestUser): Promise<Credential[]> {
  const second = await tokenFor(user.email, user.password);
  expect(second.status).toBe(200);
  return [
    { token: user.token },
    { token: second.body.access_token },
    { cookie: await signInWithCookie(user.email, user.password) },
    { cookie: await signInWithCookie(user.email, user.password) },
  ];
}

/** Each older credential is refused with the reason, so a page signed out elsewhere can say why. */
const REVOKED = {
  password_changed: { error: { code: "not_authenticated", message: "The password was changed: sign in again with the new one.", reason: "password_changed" } },
  signed_out_everywhere: { error: { code: "not_authenticated", message: "Signed out everywhere: sign in again.", reason: "signed_out_everywhere" } },
} as const;

async function expectAllRefused(credentials: Credential[], why: keyof typeof REVOKED) {
  for (const credential of credentials) {
    const response = await me(credential);
    expect(response.status, JSON.stringify(credential).slice(0, 40)).toBe(401);
    expect(response.body).toEqual(REVOKED[why]);
  }
}

describe("POST /api/v1/auth/password", () => {
  it("POST /api/v1/auth/password – 204; older cookies and bearer tokens are 401, the new password works", async () => {
    const user = await createUser("Changer");
    const credentials = await credentialsOf(user);
    for (const credential of credentials) expect((await me(credential)).status).toBe(200);

    const response = await changePassword({ token: user.token }, { current_password: user.password, new_password: NEW_PASSWORD });
    expect(response.status).toBe(204);
    expect(response.text).toBe("");

    await expectAllRefused(credentials, "password_changed");
    expect((await tokenFor(user.email, user.password)).status).toBe(401);
    const fresh = await tokenFor(user.email, NEW_PASSWORD);
    expect(fresh.status).toBe(200);
    expect((await me({ token: fresh.body.access_token })).body.id).toBe(user.id);
    const cookie = await signInWithCookie(user.email, NEW_PASSWORD);
    expect((await me({ cookie })).body).toEqual({ id: user.id, email: user.email, name: "Changer", role: "user" });
  });

  it("POST /api/v1/auth/password – with the session cookie from the app's own origin; that cookie is revoked too", async () => {
    const user = await createUser("Cookie Changer");
    const cookie = await signInWithCookie(user.email, user.password);
    const response = await changePassword({ cookie }, { current_password: user.password, new_password: NEW_PASSWORD });
    expect(response.status).toBe(204);
    await expectAllRefused([{ cookie }, { token: user.token }], "password_changed");
    expect((await tokenFor(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("POST /api/v1/auth/password – a cross-site cookie POST is 403 csrf_rejected and changes nothing", async () => {
    const user = await createUser("Csrf Target");
    const cookie = await signInWithCookie(user.email, user.password);
    const body = { current_password: user.password, new_password: NEW_PASSWORD };
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of crossSite) {
      const response = await changePassword({ cookie }, body, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.body).toEqual({ error: { code: "csrf_rejected", message: "Cross-site request refused." } });
    }
    expect((await me({ cookie })).status).toBe(200);
    expect((await me({ token: user.token })).status).toBe(200);
    expect((await tokenFor(user.email, user.password)).status).toBe(200);
    expect((await tokenFor(user.email, NEW_PASSWORD)).status).toBe(401);
  });

  it("POST /api/v1/auth/password – 401 without credentials, and for a token revoked earlier", async () => {
    const anonymous = await api("/api/v1/auth/password", { method: "POST", body: { current_password: "x", new_password: NEW_PASSWORD } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual(NOT_AUTHENTICATED);
    const user = await createUser("Twice Changer");
    expect((await changePassword({ token: user.token }, { current_password: user.password, new_password: NEW_PASSWORD })).status).toBe(204);
    // The old token cannot change the password again, even knowing the new one.
    const again = await changePassword({ token: user.token }, { current_password: NEW_PASSWORD, new_password: "third quiet harbor lamp" });
    expect(again.status).toBe(401);
    expect(again.body).toEqual(REVOKED.password_changed);
    expect((await tokenFor(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("POST /api/v1/auth/password – a wrong current password is 401 invalid_credentials and changes nothing", async () => {
    const user = await createUser("Forgetful");
    const response = await changePassword({ token: user.token }, { current_password: "not my password at all", new_password: NEW_PASSWORD });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "invalid_credentials", message: "The current password is incorrect." } });
    expect((await me({ token: user.token })).status).toBe(200);
    expect((await tokenFor(user.email, user.password)).status).toBe(200);
    expect((await tokenFor(user.email, NEW_PASSWORD)).status).toBe(401);
  });

  it("POST /api/v1/auth/password – wrong current passwords count as failed sign-ins: 429 with Retry-After", async () => {
    const user = await createUser("Guesser");
    const address = randomAddress();
    const attempt = (current: string) =>
      changePassword({ token: user.token }, { current_password: current, new_password: NEW_PASSWORD }, { "x-forwarded-for": address });
    for (let index = 0; index < 5; index++) expect((await attempt(`wrong guess number ${index}`)).status).toBe(401);
    const limited = await attempt(user.password);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The limit also holds for signing in to the account from that address.
    const signIn = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: user.password }, headers: { "x-forwarded-for": address } });
    expect(signIn.status).toBe(429);
    expect((await me({ token: user.token })).status).toBe(200);
  });

  it.each([
    ["missing fields", {}, { current_password: "Required", new_password: "Required" }],
    ["short", { current_password: STRONG_PASSWORD, new_password: "short" }, { new_password: "At least 12 characters" }],
    ["11 characters", { current_password: STRONG_PASSWORD, new_password: "qz7#vk2!mw9" }, { new_password: "At least 12 characters" }],
    ["too long", { current_password: STRONG_PASSWORD, new_password: "x".repeat(257) }, { new_password: "At most 256 characters" }],
    ["wrong types", { current_password: 1, new_password: ["x"] }, { current_password: expect.any(String), new_password: expect.any(String) }],
    ["unknown field", { current_password: STRONG_PASSWORD, new_password: NEW_PASSWORD, confirm: NEW_PASSWORD }, { confirm: "Unknown field" }],
    ["the same password", { current_password: STRONG_PASSWORD, new_password: STRONG_PASSWORD }, { new_password: "Choose a password different from the current one" }],
    ["a common password", { current_password: STRONG_PASSWORD, new_password: "password1234" }, { new_password: expect.stringMatching(/^This password is too easy to guess\. This is similar to a commonly used password\./) }],
    ["a keyboard pattern", { current_password: STRONG_PASSWORD, new_password: "qwertyuiop[]" }, { new_password: expect.stringMatching(/^This password is too easy to guess\./) }],
    ["a repeat", { current_password: STRONG_PASSWORD, new_password: "abcabcabcabc" }, { new_password: expect.stringMatching(/^This password is too easy to guess\. Repeated character patterns/) }],
  ])("POST /api/v1/auth/password – 400 for %s, and nothing changes", async (_label, body, fields) => {
    const user = await createUser("Weak Changer");
    const response = await changePassword({ token: user.token }, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
    expect((await me({ token: user.token })).status).toBe(200);
    expect((await tokenFor(user.email, user.password)).status).toBe(200);
  });

  it("POST /api/v1/auth/password – 400 for a password made of the user's own name or email", async () => {
    const user = await createUser("Marigold Quixote");
    const local = user.email.split("@")[0]!;
    for (const newPassword of ["MarigoldQuixote!!", `marigold.quixote 1999`, `${local}!`]) {
      const response = await changePassword({ token: user.token }, { current_password: user.password, new_password: newPassword });
      expect(response.status, newPassword).toBe(400);
      expect(response.body.error.fields).toEqual({ new_password: "Do not use your name or email in your password." });
    }
    expect((await me({ token: user.token })).status).toBe(200);
  });
});

describe("POST /api/v1/auth/sign-out-everywhere", () => {
  it("POST /api/v1/auth/sign-out-everywhere – 204; every older cookie and token is 401; the password is unchanged", async () => {
    const user = await createUser("Everywhere");
    const credentials = await credentialsOf(user);
    const response = await api("/api/v1/auth/sign-out-everywhere", { method: "POST", token: user.token });
    expect(response.status).toBe(204);
    await expectAllRefused(credentials, "signed_out_everywhere");
    const fresh = await tokenFor(user.email, user.password);
    expect(fresh.status).toBe(200);
    expect((await me({ token: fresh.body.access_token })).status).toBe(200);
    const cookie = await signInWithCookie(user.email, user.password);
    expect((await me({ cookie })).status).toBe(200);
  });

  it("POST /api/v1/auth/sign-out-everywhere – by cookie from the app's own origin; a cross-site POST is 403 and revokes nothing", async () => {
    const user = await createUser("Cookie Everywhere");
    const cookie = await signInWithCookie(user.email, user.password);
    const crossSite = await api("/api/v1/auth/sign-out-everywhere", { method: "POST", cookie, headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toEqual({ error: { code: "csrf_rejected", message: "Cross-site request refused." } });
    expect((await me({ cookie })).status).toBe(200);
    expect((await me({ token: user.token })).status).toBe(200);

    const response = await api("/api/v1/auth/sign-out-everywhere", { method: "POST", cookie, headers: sameOrigin() });
    expect(response.status).toBe(204);
    await expectAllRefused([{ cookie }, { token: user.token }], "signed_out_everywhere");
  });

  it("POST /api/v1/auth/sign-out-everywhere – 401 without credentials; 400 for a body with fields; 405 for GET", async () => {
    expect((await api("/api/v1/auth/sign-out-everywhere", { method: "POST" })).body).toEqual(NOT_AUTHENTICATED);
    const user = await createUser("Everywhere Body");
    const withField = await api("/api/v1/auth/sign-out-everywhere", { method: "POST", token: user.token, body: { all: true } });
    expect(withField.status).toBe(400);
    expect(withField.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { all: "Unknown field" } } });
    expect((await me({ token: user.token })).status).toBe(200);
    const get = await api("/api/v1/auth/sign-out-everywhere", { token: user.token });
    expect(get.status).toBe(405);
    expect((await me({ token: user.token })).status).toBe(200);
    // The original API's path style (/v1/...) works too.
    expect((await api("/v1/auth/sign-out-everywhere/", { method: "POST", token: user.token, body: {} })).status).toBe(204);
    expect((await me({ token: user.token })).status).toBe(401);
  });

  it("a token from before token versions existed (no `ver` claim) counts as version 0 until the first revocation", async () => {
    const user = await createUser("Legacy");
    const legacy = await signAppToken({ userId: user.id, claims: {}, expiresIn: "1h" });
    expect((await me({ token: legacy })).status).toBe(200);
    expect((await api("/api/v1/auth/sign-out-everywhere", { method: "POST", token: user.token })).status).toBe(204);
    expect((await me({ token: legacy })).status).toBe(401);
  });
});

describe("POST /api/v1/auth/register – password strength", () => {
  it.each([
    ["a common password", "password1234", /^This password is too easy to guess\. This is similar to a commonly used password\. /],
    ["a keyboard pattern", "qwertyuiop[]", /^This password is too easy to guess\./],
    ["a repeat", "aaaaaaaaaaaaaaaa", /^This password is too easy to guess\. .*repeated/i],
    ["a common word with a capital and a year", "Password2024!", /^This password is too easy to guess\. .*Capitalize more than the first letter\./],
    ["a sequence of digits", "123456789012", /^This password is too easy to guess\. This is a commonly used password\./],
  ])("POST /api/v1/auth/register – 400 for %s, with zxcvbn's reason in fields.password, and nothing is created", async (_label, password, reason) => {
    const email = uniqueEmail("weak");
    const response = await api("/api/v1/auth/register", { method: "POST", body: { email, password, name: "Weak" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { password: expect.stringMatching(reason) } } });
    expect((await tokenFor(email, password)).status).toBe(401);
  });

  it("POST /api/v1/auth/register – 400 for a password built from the email or the name", async () => {
    const email = uniqueEmail("quillon");
    for (const password of [`${email}`, `${email.split("@")[0]}#1`, "Theodora Quillfeather 7", "theodoraquillfeather"]) {
      const response = await api("/api/v1/auth/register", { method: "POST", body: { email, password, name: "Theodora Quillfeather" } });
      expect(response.status, password).toBe(400);
      expect(response.body.error.fields).toEqual({ password: expect.stringMatching(/name or email|personal/) });
    }
    expect((await tokenFor(email, "theodoraquillfeather")).status).toBe(401);
  });

  it("POST /api/v1/auth/register – the demo password and a long passphrase are accepted", async () => {
    for (const password of ["pairline-demo", LONG_PASSPHRASE]) {
      const email = uniqueEmail("strong");
      const response = await api("/api/v1/auth/register", { method: "POST", body: { email, password, name: "Strong" } });
      expect(response.status, password.slice(0, 20)).toBe(201);
      expect((await tokenFor(email, password)).status).toBe(200);
    }
  });
});
