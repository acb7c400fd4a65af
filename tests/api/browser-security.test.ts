// README, Browser security and privacy over HTTP against the production build: the headers on pages, API
// responses and /join/..., and malformed Cookie headers that never cause a 500.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, signInWithCookie, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { responseContract } from "../support/openapi-responses";

const REQUIRED_DIRECTIVES = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

function directives(csp: string | null): Map<string, string[]> {
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    csp!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectBaseHeaders(headers: Headers, referrerPolicy = "strict-origin-when-cross-origin") {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe(referrerPolicy);
  const csp = headers.get("content-security-policy")!;
  for (const directive of REQUIRED_DIRECTIVES) expect(csp).toContain(directive);
}

/** The nonce of a page's policy; scripts may run only with it. */
function pageNonce(headers: Headers): string {
  const policy = directives(headers.get("content-security-policy"));
  const scripts = policy.get("script-src")!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("*");
  const nonce = scripts.find((source) => source.startsWith("'nonce-"));
  expect(nonce).toBeTruthy();
  return nonce!.slice("'nonce-".length, -1);
}

async function get(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: "manual", ...init });
  const text = await response.text();
  // API answers are checked against the OpenAPI document like every other (pages are skipped).
  (await responseContract(new URL(url).origin)).check(init.method ?? "GET", url, response.status, text);
  return { status: response.status, headers: response.headers, text };
}

describe("Security headers (README, Browser security and privacy)", () => {
  it("a page – nonce CSP (fresh per request, on every script tag), nosniff, Referrer-Policy, no HSTS over http", async () => {
    const first = await get(`${baseUrl()}/login`);
    const second = await get(`${baseUrl()}/login`);
    expect(first.status).toBe(200);
    expectBaseHeaders(first.headers);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    const nonce = pageNonce(first.headers);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 128 random bits
    expect(pageNonce(second.headers)).not.toBe(nonce);
    const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("a page that does not exist and a signed-in page carry the page headers too", async () => {
    const user = await createUser("Header Viewer");
    const cookie = await signInWithCookie(user.email, user.password);
    for (const response of [await get(`${baseUrl()}/no-such-page`), await get(`${baseUrl()}/friends`, { headers: { cookie } })]) {
      expectBaseHeaders(response.headers);
      pageNonce(response.headers);
    }
  });

  it("/join/... – no-referrer, so the one-time link never leaks as a Referer", async () => {
    const response = await get(`${baseUrl()}/join/some-token-value`);
    expectBaseHeaders(response.headers, "no-referrer");
    pageNonce(response.headers);
  });

  it("API responses – success, errors, the /v1 rewrite, trailing slashes, unknown paths and next-auth's own routes", async () => {
    const user = await createUser("Header Client");
    const responses = [
      await api("/api/v1/users/me", { token: user.token }),
      await api("/api/v1/users/me/"),
      await api("/v1/users/me", { token: user.token }),
      await api("/v1/users/me/", { method: "PUT", token: user.token }),
      await api("/api/v1/no-such-endpoint"),
      await api("/api/v1/auth/token", { method: "POST", rawBody: "{", contentType: "application/json" }),
      await api("/api/auth/csrf"),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 401, 200, 405, 404, 400, 200]);
    for (const response of responses) {
      expectBaseHeaders(response.headers);
      // JSON runs no scripts and loads nothing.
      expect(directives(response.headers.get("content-security-policy")).get("default-src")).toEqual(["'none'"]);
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("static files – nosniff and the fixed policy", async () => {
    const page = await get(`${baseUrl()}/login`);
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page.text)![1]!;
    const response = await get(`${baseUrl()}${chunk}`);
    expect(response.status).toBe(200);
    expectBaseHeaders(response.headers);
  });

  describe("with APP_URL on https", () => {
    let server: AppServer;
    beforeAll(async () => {
      server = await startAppServer({ name: "api-https", extraEnv: { APP_URL: "https://pairline.example" } });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("HSTS on pages, API responses and /join/...; pages upgrade insecure requests", async () => {
      const responses = [
        await get(`${server.baseUrl}/login`),
        await get(`${server.baseUrl}/join/some-token-value`),
        await get(`${server.baseUrl}/api/v1/users/me`),
        await get(`${server.baseUrl}/v1/sessions/`),
        await get(`${server.baseUrl}/api/v1/no-such-endpoint`),
        await get(`${server.baseUrl}/api/auth/csrf`),
      ];
      for (const response of responses) {
        expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      }
      expect(directives(responses[0]!.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);
    });
  });
});

// Every API route file, as a path with a made-up id: a Cookie header must never break one.
function apiPaths(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app/api/v1");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === "route.ts") found.push(`/api/v1/${path.relative(root, dir).replace(/\[[^\]]+\]/g, "987654")}`.replace(/\/$/, ""));
    }
  };
  walk(root);
  return found.sort();
}

const TRUNCATED_SESSION = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x3Zq";
const MALFORMED_COOKIES: [string, string][] = [
  ["bad percent-encoding", "x=%E0"],
  ["bad percent-encoding among others", "a=1; x=%E0%A4%A; b=%"],
  ["a huge cookie", `huge=${"a".repeat(12_000)}`],
  ["a header over Node's limit", `huge=${"a".repeat(20_000)}`],
  ["a truncated next-auth cookie", TRUNCATED_SESSION],
  ["chunked next-auth cookies, broken", "next-auth.session-token.0=eyJhbGciOi; next-auth.session-token.1=%ZZ"],
  ["unknown and odd cookies", "=; ;; __proto__=1; constructor=x; theme=dark; a b=c"],
];

describe("Malformed Cookie headers are ignored, never a 500 (README, Browser security and privacy)", () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser("Cookie Monster");
  });

  it("the route list covers the API", () => {
    expect(apiPaths().length).toBeGreaterThanOrEqual(20);
    expect(apiPaths()).toContain("/api/v1/sessions/987654/join-token");
  });

  it.each(MALFORMED_COOKIES)("every API route, with a bearer token and without auth – %s", async (_label, cookie) => {
    const failures: string[] = [];
    for (const apiPath of apiPaths()) {
      for (const method of ["GET", "POST"]) {
        for (const token of [user.token, undefined]) {
          const response = await api(apiPath, { method, token, headers: { cookie }, body: method === "POST" ? {} : undefined });
          if (response.status >= 500) failures.push(`${method} ${apiPath} (${token ? "bearer" : "no auth"}): ${response.status} ${response.text.slice(0, 200)}`);
          else if (response.status !== 431) expect(response.body?.error?.code ?? "ok", `${method} ${apiPath}`).toBeTypeOf("string");
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("a bearer token still works beside a malformed cookie; without one it is a plain 401", async () => {
    // A user of its own: the route walks above POST /auth/sign-out-everywhere with `user`'s token.
    const keeper = await createUser("Cookie Keeper");
    const withToken = await api("/api/v1/users/me", { token: keeper.token, headers: { cookie: "x=%E0" } });
    expect(withToken.status).toBe(200);
    expect(withToken.body.id).toBe(keeper.id);
    const anonymous = await api("/api/v1/users/me", { headers: { cookie: TRUNCATED_SESSION } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: { code: "not_authenticated", message: "Sign in, or send a valid bearer token." } });
  });

  it("a good session cookie still works beside a malformed one, for the API and pages", async () => {
    const session = await signInWithCookie(user.email, user.password);
    const cookie = `x=%E0; ${session}; y=%`;
    const me = await api("/api/v1/users/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(user.id);
    const home = await get(`${baseUrl()}/`, { headers: { cookie } });
    expect(home.status).toBe(200);
    expect(home.text).toContain(user.name);
  });

  it.each(MALFORMED_COOKIES)("pages – %s", async (_label, cookie) => {
    for (const page of ["/login", "/register", "/", "/friends", "/sessions", "/sessions/987654", "/chat/987654", "/join/abc", "/admin"]) {
      const response = await get(`${baseUrl()}${page}`, { headers: { cookie } });
      expect(response.status, `${page}`).toBeLessThan(500);
    }
  });
});
