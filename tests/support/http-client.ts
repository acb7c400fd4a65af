// A minimal client for tests that run their own app server (outage, shutdown), where
// tests/support/api-client.ts (bound to the project's shared server) does not fit. Every
// response is checked against the OpenAPI document all the same.
import { expect } from "vitest";
import { responseContract } from "./openapi-responses";

type Reply = { status: number; headers: Headers; body: any; ms: number };
export type Call = (path: string, options?: { method?: string; token?: string; body?: unknown }) => Promise<Reply>;

export function client(baseUrl: string): Call {
  return async (path, { method = "GET", token, body } = {}) => {
    const startedAt = performance.now();
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // Checked against the server's own OpenAPI document, as api() does.
    (await responseContract(baseUrl)).check(method, `${baseUrl}${path}`, response.status, text);
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, ms: performance.now() - startedAt };
  };
}

export async function signUp(call: Call, name: string): Promise<{ id: number; token: string }> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const password = "own server test passphrase";
  const registered = await call("/api/v1/auth/register", { method: "POST", body: { email, password, name } });
  expect(registered.status).toBe(201);
  const issued = await call("/api/v1/auth/token", { method: "POST", body: { email, password } });
  expect(issued.status).toBe(200);
  return { id: registered.body.user.id, token: issued.body.access_token };
}

export async function befriend(call: Call, a: { token: string }, b: { id: number; token: string }): Promise<void> {
  const asked = await call("/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id } });
  expect(asked.status).toBe(201);
  expect((await call(`/api/v1/friends/requests/${asked.body.id}/accept`, { method: "POST", token: b.token })).status).toBe(200);
}
