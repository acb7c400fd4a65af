// Session fixtures for API tests: fresh users, made friends through the real endpoints.
import { expect } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "./api-client";

export async function friendPair(nameA = "Alice", nameB = "Bob"): Promise<[TestUser, TestUser]> {
  const [a, b] = await Promise.all([createUser(nameA), createUser(nameB)]);
  await makeFriends(a, b);
  return [a, b];
}

export async function createSessionBetween(a: TestUser, b: TestUser): Promise<any> {
  const response = await api("/api/v1/sessions/create/", { method: "POST", token: a.token, body: { participant_id: b.id } });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

/** A session that `a` created and started with `b`. */
export async function startedSession(nameA = "Alice", nameB = "Bob") {
  const [a, b] = await friendPair(nameA, nameB);
  const created = await createSessionBetween(a, b);
  const started = await api(`/api/v1/sessions/${created.id}/start/`, { method: "POST", token: a.token });
  expect(started.status, started.text).toBe(200);
  return { a, b, session: started.body };
}

export async function post(path: string, user: TestUser, body?: unknown) {
  return api(path, { method: "POST", token: user.token, body });
}

export async function auditTrail(sessionId: number, user: TestUser): Promise<{ event_type: string; user: { id: number } | null; metadata: any; created_at: string }[]> {
  const response = await api(`/api/v1/sessions/${sessionId}/audit-logs/`, { token: user.token });
  expect(response.status).toBe(200);
  return response.body;
}
