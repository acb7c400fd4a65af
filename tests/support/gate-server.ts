// A server of the calling file's own, with the provider settings that enforce the gate
// (README, The gate, enforced by the provider): Jitsi JWT modes, Zoom registration. It runs
// on the engine TEST_DB selects; the helpers below talk to it, not to the project's server.
import { afterAll, beforeAll, expect } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "./api-client";
import { startAppServer, type AppServer } from "./app-server";
import { testDatabase, type TestDatabase } from "./test-database";
import { SHARED_TEST_SERVER_LIMITS } from "./test-limits";

export function gateServer(name: string, extraEnv: () => Record<string, string> | Promise<Record<string, string>>) {
  let database: TestDatabase;
  let server: AppServer;

  beforeAll(async () => {
    database = await testDatabase(name);
    server = await startAppServer({ name: `${name}-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: { ...SHARED_TEST_SERVER_LIMITS, ...(await extraEnv()) } });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    database?.cluster?.stop();
  });

  const base = () => server.baseUrl;
  const call = (path: string, user: TestUser, method = "GET", body?: unknown) => api(path, { method, token: user.token, body, baseUrl: base() });

  return {
    base,
    call,
    post: (path: string, user: TestUser, body?: unknown) => call(path, user, "POST", body),
    async pair(nameA = "Alice", nameB = "Bob"): Promise<[TestUser, TestUser]> {
      const [a, b] = await Promise.all([createUser(nameA, { baseUrl: base() }), createUser(nameB, { baseUrl: base() })]);
      await makeFriends(a, b, { baseUrl: base() });
      return [a, b];
    },
    async createSession(a: TestUser, b: TestUser): Promise<any> {
      const created = await call("/api/v1/sessions/create/", a, "POST", { participant_id: b.id });
      expect(created.status, created.text).toBe(201);
      return created.body;
    },
    /** Issues a join token for `user` and redeems it; returns the redeem response. */
    async redeem(sessionId: number, user: TestUser) {
      const issued = await call(`/api/v1/sessions/${sessionId}/join-token/`, user, "POST");
      expect(issued.status, issued.text).toBe(201);
      return call("/api/v1/sessions/join-token/validate/", user, "POST", { token: issued.body.token });
    },
  };
}
