// A small HTTP client for the API tests: real requests to the real server.
import crypto from "node:crypto";
import { inject } from "vitest";
import { responseContract } from "./openapi-responses";

export const baseUrl = () => inject("apiBaseUrl");

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string };

export type RequestOptions = {
  method?: string;
  body?: unknown;
  /** A raw body sent as is (with `contentType`). */
  rawBody?: string;
  contentType?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
};

export async function api<T = any>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    if (options.contentType) headers["content-type"] = options.contentType;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = options.contentType ?? "application/json";
  }
  const method = options.method ?? "GET";
  const url = `${baseUrl()}${path}`;
  const response = await fetch(url, { method, headers, body, redirect: "manual" });
  const text = await response.text();
  // Every response is checked against the served OpenAPI document (tests/support/openapi-responses.ts).
  (await responseContract(baseUrl())).check(method, url, response.status, text);
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export type TestUser = { id: number; email: string; name: string; password: string; token: string };

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${crypto.randomBytes(3).toString("hex")}-${counter}@example.test`;
}

/** Registers a fresh user with a unique email and signs them in with a bearer token. */
export async function createUser(name = "Test User"): Promise<TestUser> {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  const password = "correct horse battery";
  const registered = await api("/api/v1/auth/register", { method: "POST", body: { email, password, name } });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${registered.text}`);
  const issued = await api("/api/v1/auth/token", { method: "POST", body: { email, password } });
  if (issued.status !== 200) throw new Error(`token failed: ${issued.status} ${issued.text}`);
  return { id: registered.body.user.id, email, name, password, token: issued.body.access_token };
}

/** Signs in through next-auth's Credentials flow, as a browser does; returns the Cookie header. */
export async function signInWithCookie(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const collect = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const index = pair!.indexOf("=");
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  };
  collect(csrf);
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  collect(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`cookie sign-in failed: ${response.status}`);
  }
  return cookieHeader();
}

/** A client address for tests that count failed sign-ins per address. */
export function randomAddress(): string {
  const hex = crypto.randomBytes(4).toString("hex");
  return `2001:db8::${hex.slice(0, 4)}:${hex.slice(4)}`; // documentation range: only ever a header value
}

/** Makes two users friends through the API: `a` asks, `b` accepts. Returns the accepted request. */
export async function makeFriends(a: TestUser, b: TestUser): Promise<{ id: number; status: string }> {
  const asked = await api("/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id } });
  if (asked.status !== 201) throw new Error(`friend request failed: ${asked.status} ${asked.text}`);
  const accepted = await api(`/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: b.token });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  return accepted.body;
}
