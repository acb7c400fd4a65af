// Zoom's 429 is remembered until its Retry-After, for every app instance (the hold lives
// in the database): new starts answer 503 at once, without calling Zoom (README, Abuse limits).
// A server and fake Zoom of this file's own, so the hold cannot reach other files' starts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { appEnvForFakeZoom, startFakeZoom, type FakeZoom } from "../support/fake-zoom";
import { testDatabase, type TestDatabase } from "../support/test-database";
import { befriendHost, crowd, pendingSessions } from "../support/limits";

let server: AppServer;
let database: TestDatabase;
let zoom: FakeZoom;
let base: string;

beforeAll(async () => {
  database = await testDatabase("pairline_provider_quota");
  zoom = await startFakeZoom();
  server = await startAppServer({ name: `provider-quota-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: appEnvForFakeZoom(zoom) });
  base = server.baseUrl;
});

afterAll(async () => {
  await server?.stop();
  await zoom?.close();
  database?.cluster?.stop();
});

const start = (id: number, user: TestUser) => api(`/api/v1/sessions/${id}/start/`, { method: "POST", token: user.token, baseUrl: base });

/** A host with `n` friends and a pending session with each. */
async function hostWithSessions(n: number): Promise<{ host: TestUser; friends: TestUser[]; sessions: number[] }> {
  const [host] = await crowd(base, 1, "Host");
  const friends = await crowd(base, n, "Friend");
  await befriendHost(base, host!, friends);
  return { host: host!, friends, sessions: await pendingSessions(base, host!, friends) };
}

function expectProviderRateLimited(response: Awaited<ReturnType<typeof api>>, retryAfter: (seconds: number) => boolean) {
  expect(response.status, response.text).toBe(503);
  expect(response.body).toEqual({ error: { code: "provider_rate_limited", message: expect.stringMatching(/^Zoom is rate limiting meeting requests\. Try again in \d+ (seconds?|minutes?)\.$/) } });
  expect(retryAfter(Number(response.headers.get("retry-after")))).toBe(true);
}

describe("POST /api/v1/sessions/:id/start – Zoom's 429 is remembered", () => {
  it("POST /api/v1/sessions/:id/start – after Zoom's 429 (Retry-After: 3), every start answers 503 without calling Zoom until it passes", async () => {
    const { host, friends, sessions } = await hostWithSessions(3);
    await zoom.reset();
    await zoom.fail({ route: "create", status: 429, retryAfter: "3" });
    expectProviderRateLimited(await start(sessions[0]!, host), (s) => s === 3);
    expect(await zoom.requests("create")).toHaveLength(1);

    // Another session, another user: answered at once, and Zoom hears nothing of it.
    expectProviderRateLimited(await start(sessions[1]!, friends[1]!), (s) => s >= 1 && s <= 3);
    expectProviderRateLimited(await start(sessions[0]!, host), (s) => s >= 1 && s <= 3);
    expect(await zoom.requests("create")).toHaveLength(1);
    const pending = await api(`/api/v1/sessions/${sessions[1]}/`, { token: host.token, baseUrl: base });
    expect(pending.body).toMatchObject({ status: "pending", started_by: null });

    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const started = await start(sessions[2]!, host);
    expect(started.status, started.text).toBe(200);
    expect(await zoom.requests("create")).toHaveLength(2);
    expect((await start(sessions[0]!, host)).status).toBe(200);
  }, 120_000);

  it("POST /api/v1/sessions/:id/start – Zoom's 429 without Retry-After holds starts for 60 seconds", async () => {
    // Last in this file: the hold outlives it.
    const { host, friends, sessions } = await hostWithSessions(2);
    await zoom.reset();
    await zoom.fail({ route: "create", status: 429 });
    expectProviderRateLimited(await start(sessions[0]!, host), (s) => s === 60);
    expectProviderRateLimited(await start(sessions[1]!, friends[1]!), (s) => s >= 58 && s <= 60);
    expect(await zoom.requests("create")).toHaveLength(1);
  }, 120_000);
});
