// Admin fixtures for API tests: the admin account the global setup made, and sessions
// between fresh users made through the real endpoints.
import { expect, inject } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "./api-client";

let adminPromise: Promise<TestUser> | undefined;

/** The API project's admin (tests/support/global-setup.ts), signed in with a bearer token. */
export function adminUser(): Promise<TestUser> {
  adminPromise ??= (async () => {
    const email = inject("adminEmail");
    const password = inject("adminPassword");
    const issued = await api("/api/v1/auth/token", { method: "POST", body: { email, password } });
    if (issued.status !== 200) throw new Error(`admin token failed: ${issued.status} ${issued.text}`);
    const me = await api("/api/v1/users/me", { token: issued.body.access_token });
    if (me.body?.role !== "admin") throw new Error(`the global setup's account is not an admin: ${me.text}`);
    return { id: me.body.id, email, name: me.body.name, password, token: issued.body.access_token };
  })();
  return adminPromise;
}

export async function friends(nameA: string, nameB: string): Promise<[TestUser, TestUser]> {
  const [a, b] = await Promise.all([createUser(nameA), createUser(nameB)]);
  await makeFriends(a, b);
  return [a, b];
}

export async function call(path: string, user: TestUser, body?: unknown, method = "POST") {
  return api(path, { method, token: user.token, body });
}

/** `a` creates a session with `b`; optionally starts it. */
export async function openSession(a: TestUser, b: TestUser, { start = false } = {}): Promise<any> {
  const created = await call("/api/v1/sessions/create", a, { participant_id: b.id });
  expect(created.status, created.text).toBe(201);
  if (!start) return created.body;
  const started = await call(`/api/v1/sessions/${created.body.id}/start`, a);
  expect(started.status, started.text).toBe(200);
  return started.body;
}

/** A run of letters no other test's names or emails contain, to scope searches in a shared database. */
export function uniqueTag(): string {
  return `t${Math.random().toString(36).slice(2, 10)}`;
}
