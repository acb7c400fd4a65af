// A small HTTP client for the API tests: real requests to the real server.
import crypto from "node:crypto";
import { inject } from "vitest";
import { cookieValues, recordSecrets, secretFieldsOf } from "./secrets";
import { responseContract } from "./openapi-responses";

export const baseUrl = () => inject("apiBaseUrl");

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string };

type RequestOptions = {
  method?: string;
  body?: unknown;
  /** A raw body sent as is (with `contentType`). */
  rawBody?: string;
  contentType?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
  /** Another server than the project's (tests that start their own, e.g. at default limits). */
  baseUrl?: string;
};

/** Where a helper sends its requests, and from which client address (X-Forwarded-For). */
type ClientOptions = { baseUrl?: string; address?: string };

const addressHeader = (address?: string): Record<string, string> => (address ? { "x-forwarded-for": address } : {});

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
  recordSecrets(
    options.token,
    headers.authorization?.replace(/^Bearer /, ""),
    ...(headers.cookie ? cookieValues(headers.cookie) : []),
    ...secretFieldsOf(options.body),
  );
  const method = options.method ?? "GET";
  const url = `${options.baseUrl ?? baseUrl()}${path}`;
  const response = await fetch(url, { method, headers, body, redirect: "manual" });
  // An event stream never ends by itself: its events are read by the tests that want them
  // (tests/api/events*.test.ts use fetch), here only the status and headers count.
  const stream = response.headers.get("content-type")?.startsWith("text/event-stream") ?? false;
  const text = stream ? (await response.body?.cancel(), "") : await response.text();
  // Every response is checked against the served OpenAPI document (tests/support/openapi-responses.ts).
  (await responseContract(baseUrl())).check(method, url, response.status, text);
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  recordSecrets(...secretFieldsOf(parsed));
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export type TestUser = { id: number; email: string; name: string; password: string; token: string };

/** A password the strength rules accept (12+ characters, zxcvbn score 3 or more). */
export const STRONG_PASSWORD = "violet kettle orbit lantern";

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${crypto.randomBytes(3).toString("hex")}-${counter}@example.test`;
}

/** Registers a fresh user with a unique email and signs them in with a bearer token. */
export async function createUser(name = "Test User", { baseUrl, address }: ClientOptions = {}): Promise<TestUser> {
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  const password = STRONG_PASSWORD;
  const headers = addressHeader(address);
  const registered = await api("/api/v1/auth/register", { method: "POST", body: { email, password, name }, baseUrl, headers });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${registered.text}`);
  const issued = await api("/api/v1/auth/token", { method: "POST", body: { email, password }, baseUrl, headers });
  if (issued.status !== 200) throw new Error(`token failed: ${issued.status} ${issued.text}`);
  return { id: registered.body.user.id, email, name, password, token: issued.body.access_token };
}

/** Signs in through next-auth's Credentials flow, as a browser does; returns the Cookie header. */
export async function signInWithCookie(email: string, password: string, options: ClientOptions = {}): Promise<string> {
  const { cookie, status } = await browserSignIn(email, password, options);
  if (!cookie) throw new Error(`cookie sign-in failed: ${status}`);
  return cookie;
}

/**
 * next-auth's Credentials sign-in as the browser's `signIn(..., { redirect: false })`
 * sends it: the Cookie header when it worked, else the `error` next-auth reports
 * (`CredentialsSignin`, or the message the app threw, e.g. the rate limit's).
 */
export async function browserSignIn(
  email: string,
  password: string,
  { baseUrl: base = baseUrl(), address }: ClientOptions = {},
): Promise<{ cookie: string | null; status: number; error: string | null }> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: addressHeader(address) });
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
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), ...addressHeader(address) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  collect(response);
  const signedIn = [...jar.keys()].some((name) => name.includes("session-token"));
  const target = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  const error = target ? new URL(target, base).searchParams.get("error") : null;
  if (signedIn) recordSecrets(password, ...cookieValues(cookieHeader()));
  return { cookie: signedIn ? cookieHeader() : null, status: response.status, error };
}

/** A client address for tests that count failed sign-ins per address. */
export function randomAddress(): string {
  const hex = crypto.randomBytes(4).toString("hex");
  return `2001:db8::${hex.slice(0, 4)}:${hex.slice(4)}`; // documentation range: only ever a header value
}

/** Makes two users friends through the API: `a` asks, `b` accepts. Returns the accepted request. */
export async function makeFriends(a: TestUser, b: TestUser, { baseUrl }: ClientOptions = {}): Promise<{ id: number; status: string }> {
  const asked = await api("/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id }, baseUrl });
  if (asked.status !== 201) throw new Error(`friend request failed: ${asked.status} ${asked.text}`);
  const accepted = await api(`/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: b.token, baseUrl });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  return accepted.body;
}
