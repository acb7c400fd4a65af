import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { api, createUser, randomAddress, signInWithCookie, STRONG_PASSWORD, uniqueEmail } from "../support/api-client";
import { TEST_AUTH_SECRET } from "../support/app-server";

describe("POST /api/v1/auth/register", () => {
  it("POST /api/v1/auth/register – creates a user with a lower-cased email", async () => {
    const email = uniqueEmail("Reg").replace("reg", "ReG");
    const response = await api("/api/v1/auth/register", { method: "POST", body: { email, password: STRONG_PASSWORD, name: "  Reg  " } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ user: { id: expect.any(Number), email: email.toLowerCase(), name: "Reg", role: "user" } });
    expect(response.text).not.toContain("password");
  });

  it("POST /api/v1/auth/register – email taken, case-insensitively", async () => {
    const user = await createUser("Taken");
    const response = await api("/api/v1/auth/register", {
      method: "POST",
      body: { email: user.email.toUpperCase(), password: STRONG_PASSWORD, name: "Other" },
    });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: { code: "email_taken", message: "An account with this email already exists.", fields: { email: "Already registered" } },
    });
  });

  it.each([
    ["missing fields", {}, { email: "Required", password: "Required", name: "Required" }],
    ["short password", { email: "a@b.test", password: "short", name: "A" }, { password: "At least 12 characters" }],
    ["11-character password", { email: "a@b.test", password: "qz7#vk2!mw9", name: "A" }, { password: "At least 12 characters" }],
    ["long password", { email: "a@b.test", password: "x".repeat(257), name: "A" }, { password: "At most 256 characters" }],
    ["empty name", { email: "a@b.test", password: STRONG_PASSWORD, name: "   " }, { name: "Required" }],
    ["long name", { email: "a@b.test", password: STRONG_PASSWORD, name: "n".repeat(81) }, { name: "At most 80 characters" }],
    ["bad email", { email: "not-an-email", password: STRONG_PASSWORD, name: "A" }, { email: "Expected an email address" }],
    ["wrong types", { email: 5, password: true, name: ["x"] }, { email: expect.any(String), password: expect.any(String), name: expect.any(String) }],
    ["unknown field", { email: "a@b.test", password: STRONG_PASSWORD, name: "A", role: "admin" }, { role: "Unknown field" }],
  ])("POST /api/v1/auth/register – 400 for %s", async (_label, body, fields) => {
    const response = await api("/api/v1/auth/register", { method: "POST", body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields } });
  });

  it("POST /api/v1/auth/register – 400 for malformed JSON, and nothing is created", async () => {
    const email = uniqueEmail("broken");
    const response = await api("/api/v1/auth/register", {
      method: "POST",
      rawBody: `{"email":"${email}","password":"${STRONG_PASSWORD}","name":"B"`,
      contentType: "application/json",
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "invalid_json", message: "The request body is not valid JSON." } });
    const login = await api("/api/v1/auth/token", { method: "POST", body: { email, password: STRONG_PASSWORD } });
    expect(login.status).toBe(401);
  });

  it("POST /api/v1/auth/register – a JSON array or string body is a 400", async () => {
    for (const rawBody of ["[]", '"text"', "null", "42"]) {
      const response = await api("/api/v1/auth/register", { method: "POST", rawBody, contentType: "application/json" });
      expect(response.status, rawBody).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
  });
});

describe("POST /api/v1/auth/token", () => {
  it("POST /api/v1/auth/token – issues a bearer token that authenticates", async () => {
    const user = await createUser("Tok");
    const response = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email.toUpperCase(), password: user.password } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ access_token: expect.any(String), token_type: "Bearer", expires_in: 3600 });
    const me = await api("/api/v1/users/me", { token: response.body.access_token });
    expect(me.body.id).toBe(user.id);
  });

  it("POST /api/v1/auth/token – wrong password and unknown email look the same", async () => {
    const user = await createUser("Wrong");
    const address = randomAddress();
    const wrong = await api("/api/v1/auth/token", { method: "POST", body: { email: user.email, password: "nope-nope" }, headers: { "x-forwarded-for": address } });
    const unknown = await api("/api/v1/auth/token", { method: "POST", body: { email: uniqueEmail("ghost"), password: "nope-nope" }, headers: { "x-forwarded-for": address } });
    const expected = { error: { code: "invalid_credentials", message: "Email or password is incorrect." } };
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(expected);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(expected);
  });

  it("POST /api/v1/auth/token – 400 for a missing password", async () => {
    const response = await api("/api/v1/auth/token", { method: "POST", body: { email: "a@b.test" } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The request body is invalid.", fields: { password: "Required" } } });
  });
  // The sign-in limits are tested at their defaults in tests/api/rate-limits.test.ts.
});

describe("GET /api/v1/users/me", () => {
  it("GET /api/v1/users/me – with a session cookie from the browser sign-in", async () => {
    const user = await createUser("Cookie");
    const cookie = await signInWithCookie(user.email, user.password);
    const response = await api("/api/v1/users/me", { cookie });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: user.id, email: user.email, name: "Cookie", role: "user" });
  });

  it("GET /api/v1/users/me – 401 without credentials", async () => {
    const response = await api("/api/v1/users/me");
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } });
  });

  it("GET /api/v1/users/me – 401 for tokens that are expired, unsigned, forged or garbage", async () => {
    const user = await createUser("Forge");
    const key = new TextEncoder().encode(TEST_AUTH_SECRET);
    const claims = { sub: String(user.id), iss: "pairline", aud: "pairline-api" };
    const expired = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode("some-other-secret-of-enough-length-000"));
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    const [header, payload] = user.token.split(".");
    const tampered = `${header}.${b64({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: "1" })}.${user.token.split(".")[2]}`;
    for (const token of [expired, forged, unsigned, tampered, "garbage", `${user.token}x`]) {
      const response = await api("/api/v1/users/me", { token });
      expect(response.status, token).toBe(401);
      expect(response.body.error.code).toBe("not_authenticated");
    }
    expect((await api("/api/v1/users/me", { headers: { authorization: `Basic ${user.token}` } })).status).toBe(401);
  });
});

describe("GET /api/v1/users", () => {
  it("GET /api/v1/users?q= – matches names, or one exact email, never the caller, with friendship", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const me = await createUser(`Me ${tag}`);
    const other = await createUser(`Other ${tag}`);
    const response = await api(`/api/v1/users?q=${tag.toUpperCase()}`, { token: me.token });
    expect(response.status).toBe(200);
    // A stranger's email is not shown (README, Browser security and privacy).
    expect(response.body).toEqual([{ id: other.id, name: other.name, friendship: "none", joined_at: new Date().toISOString().slice(0, 7), mutual_friends: 0 }]);
    const byEmail = await api(`/api/v1/users?q=${encodeURIComponent(other.email)}`, { token: me.token });
    expect(byEmail.body.map((user: { id: number }) => user.id)).toEqual([other.id]);
  });

  it("GET /api/v1/users?q= – % and _ are matched literally, not as wildcards", async () => {
    const tag = `lit${Date.now().toString(36)}`;
    const me = await createUser("Literal");
    const underscored = await createUser(`${tag}_x`);
    await createUser(`${tag}ax`);
    const literal = await api(`/api/v1/users?q=${tag}_x`, { token: me.token });
    expect(literal.body.map((user: { id: number }) => user.id)).toEqual([underscored.id]);
    const wildcards = await api(`/api/v1/users?q=${encodeURIComponent("%%")}`, { token: me.token });
    expect(wildcards.status).toBe(200);
    expect(wildcards.body).toEqual([]);
  });

  it("GET /api/v1/users – at most 20 results", async () => {
    const tag = `many${Date.now().toString(36)}`;
    const me = await createUser("Searcher");
    await Promise.all(Array.from({ length: 22 }, (_, index) => createUser(`${tag} ${index}`)));
    const response = await api(`/api/v1/users?q=${tag}`, { token: me.token });
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(20);
  });

  it.each([
    ["/api/v1/users", { q: "Required" }],
    ["/api/v1/users?q=a", { q: "At least 2 characters" }],
    ["/api/v1/users?q=%20a%20", { q: "At least 2 characters" }],
    ["/api/v1/users?q=ab&page=2", { page: "Unknown field" }],
  ])("GET %s – 400", async (path, fields) => {
    const me = await createUser("Short");
    const response = await api(path, { token: me.token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "validation_failed", message: "The query string is invalid.", fields } });
  });
});
