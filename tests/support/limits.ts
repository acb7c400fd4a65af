// Helpers for the tests that run a server of their own at the default limits (README,
// Abuse limits): users from addresses of their own (so sign-ups do not use up one address's
// limit), friends made without using up the host's friend-request limit, and the one
// assertion every 429 gets.
import { expect } from "vitest";
import { api, createUser, randomAddress, type ApiResponse, type TestUser } from "./api-client";

/** `n` fresh users, each registered from an address of their own. */
export async function crowd(baseUrl: string, n: number, name = "Member"): Promise<TestUser[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => createUser(`${name}${i + 1}`, { baseUrl, address: randomAddress() })));
}

/** Each of `others` asks `host`, and `host` accepts: the host sends no request. */
export async function befriendHost(baseUrl: string, host: TestUser, others: TestUser[]): Promise<void> {
  for (const other of others) {
    const asked = await api("/api/v1/friends/requests", { method: "POST", token: other.token, body: { user_id: host.id }, baseUrl });
    expect(asked.status, asked.text).toBe(201);
    const accepted = await api(`/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: host.token, baseUrl });
    expect(accepted.status, accepted.text).toBe(200);
  }
}

/** A pending session `host` created with each of `others` (their ids, in order). */
export async function pendingSessions(baseUrl: string, host: TestUser, others: TestUser[]): Promise<number[]> {
  const ids: number[] = [];
  for (const other of others) {
    const created = await api("/api/v1/sessions/create/", { method: "POST", token: host.token, body: { participant_id: other.id }, baseUrl });
    expect(created.status, created.text).toBe(201);
    ids.push(created.body.id);
  }
  return ids;
}

/** 429 `rate_limited` with a Retry-After of at most `maxSeconds`, and a message saying when. */
export function expectRateLimited(response: ApiResponse, maxSeconds: number, message: RegExp): number {
  expect(response.status, response.text).toBe(429);
  expect(response.body).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(message) } });
  expect(response.body.error.message).toMatch(/Try again in \d+ (second|minute|hour|day)s?( \d+ minutes?)?\.$/);
  const retryAfter = response.headers.get("retry-after");
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect(Number(retryAfter)).toBeLessThanOrEqual(maxSeconds);
  return Number(retryAfter);
}
