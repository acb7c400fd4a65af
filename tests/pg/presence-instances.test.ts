// Presence across app instances on one PostgreSQL (README, Presence): a stream held on one
// instance makes its user online for friends served by another; the offline notice after
// the grace period crosses instances too; and a crashed instance's streams go offline by
// themselves once their leases expire. Every server runs with PRESENCE_GRACE_SECONDS=2.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, createUser, makeFriends, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { openEventStream, type EventStream } from "../support/event-stream";
import { waitForListeners } from "../support/change-feed";

const GRACE_MS = 2_000;
let second: AppServer;
const streams: EventStream[] = [];

beforeAll(async () => {
  second = await startAppServer({ name: "pg-presence-second", databaseUrl: inject("databaseUrl"), extraEnv: { PRESENCE_GRACE_SECONDS: "2" } });
}, 120_000);

afterAll(async () => {
  for (const stream of streams) stream.close();
  await second?.stop();
});

async function streamOn(url: string, user: TestUser): Promise<EventStream> {
  const stream = await openEventStream({ token: user.token, url });
  expect(stream.status).toBe(200);
  streams.push(stream);
  await stream.waitFor((event) => event.name === "counts", 3_000, "initial counts");
  return stream;
}

async function presenceOf(viewer: TestUser, friend: TestUser, baseUrl: string): Promise<{ online: boolean; last_seen_at: string | null }> {
  const response = await api("/api/v1/friends", { token: viewer.token, baseUrl });
  const entry = response.body.find((item: { user: { id: number } }) => item.user.id === friend.id);
  return { online: entry.online, last_seen_at: entry.last_seen_at };
}

describe("presence on two instances", () => {
  it("a stream on one instance shows on the other, and the offline notice after the grace period crosses over", async () => {
    const [alice, bob] = [await createUser("Presence Two Alice"), await createUser("Presence Two Bob")];
    await makeFriends(alice, bob);
    const first = inject("apiBaseUrl");
    const watching = await streamOn(first, alice);
    expect(await waitForListeners((pids) => pids.length === 2)).toHaveLength(2);

    const bobsStream = await streamOn(second.baseUrl, bob);
    const online = await watching.waitFor((event) => event.name === "presence" && event.data.user_id === bob.id, 3_000, "online");
    expect(online.data).toEqual({ user_id: bob.id, online: true });
    expect((await presenceOf(alice, bob, first)).online).toBe(true);

    bobsStream.close();
    const closedAt = Date.now();
    const offline = await watching.waitFor((event) => event.name === "presence" && event.data.online === false, GRACE_MS + 4_000, "offline");
    expect(offline.data).toEqual({ user_id: bob.id, online: false });
    expect(offline.at - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 200);
    expect(offline.at - closedAt).toBeLessThan(GRACE_MS + 2_000);
    // Announced once, by one instance.
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 500));
    expect(watching.events.filter((event) => event.name === "presence" && event.data.online === false)).toHaveLength(1);
    const seen = await presenceOf(alice, bob, second.baseUrl);
    expect(seen.online).toBe(false);
    expect(Math.abs(Date.parse(seen.last_seen_at!) - closedAt)).toBeLessThan(1_500);
  });

  it("streams of a crashed instance go offline by themselves once their leases expire", async () => {
    const crashing = await startAppServer({
      name: "pg-presence-crash",
      databaseUrl: inject("databaseUrl"),
      extraEnv: { PRESENCE_GRACE_SECONDS: "2", EVENT_STREAM_LEASE_SECONDS: "3", EVENT_STREAM_HEARTBEAT_SECONDS: "1" },
    });
    try {
      const [alice, bob] = [await createUser("Crash Alice"), await createUser("Crash Bob")];
      await makeFriends(alice, bob);
      const watching = await streamOn(second.baseUrl, alice);
      await streamOn(crashing.baseUrl, bob);
      await watching.waitFor((event) => event.name === "presence" && event.data.online === true, 3_000, "online");

      process.kill(crashing.pid, "SIGKILL");
      const killedAt = Date.now();
      await crashing.exited;
      // No stream closed cleanly: the lease (3 s from its last renewal) runs out, counts as a
      // stream closed then, and after the grace period (2 s) a sweep on another instance
      // (every 2 s) tells Alice.
      const offline = await watching.waitFor((event) => event.name === "presence" && event.data.online === false, 15_000, "offline after the crash");
      expect(offline.data).toEqual({ user_id: bob.id, online: false });
      expect(offline.at - killedAt).toBeGreaterThanOrEqual(GRACE_MS);
      expect(offline.at - killedAt).toBeLessThan(10_000);
      const seen = await presenceOf(alice, bob, second.baseUrl);
      expect(seen.online).toBe(false);
      expect(Date.parse(seen.last_seen_at!)).toBeGreaterThan(killedAt - 500);
      expect(Date.parse(seen.last_seen_at!)).toBeLessThan(killedAt + 3_500);
    } finally {
      await crashing.stop();
    }
  }, 120_000);
});
