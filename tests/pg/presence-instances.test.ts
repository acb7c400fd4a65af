// Presence across app instances on one PostgreSQL (README, Presence): a stream held on one
// instance makes its user online for friends served by another; the offline notice after
// the grace period crosses instances too; and a crashed instance's streams go offline by
// themselves once their leases expire. Every server runs with PRESENCE_GRACE_SECONDS=2.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createUser, makeFriends, type TestUser } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { waitForListeners } from "../support/change-feed";
import { expectOfflineAfterGrace, friendPresence, streamTracker } from "../support/presence";

const GRACE_MS = 2_000;
const FAST_PRESENCE = { PRESENCE_GRACE_SECONDS: "2" };
const streams = streamTracker();
let second: AppServer | undefined;
const secondUrl = () => second!.baseUrl;

beforeAll(async () => {
  second = await startAppServer({ name: "pg-presence-second", databaseUrl: inject("databaseUrl"), extraEnv: FAST_PRESENCE });
}, 120_000);

afterAll(async () => {
  streams.closeAll();
  await second?.stop();
});

const friends = async (prefix: string): Promise<[TestUser, TestUser]> => {
  const pair: [TestUser, TestUser] = [await createUser(`${prefix} Alice`), await createUser(`${prefix} Bob`)];
  await makeFriends(...pair);
  return pair;
};

describe("presence on two instances", () => {
  it("a stream on one instance shows on the other, and the offline notice after the grace period crosses over", async () => {
    const [alice, bob] = await friends("Presence Two");
    const first = inject("apiBaseUrl");
    const watching = await streams.open(alice, first);
    expect(await waitForListeners((pids) => pids.length === 2)).toHaveLength(2);

    const bobsStream = await streams.open(bob, secondUrl());
    const online = await watching.waitFor((event) => event.name === "presence" && event.data.user_id === bob.id, 3_000, "online");
    expect(online.data).toEqual({ user_id: bob.id, online: true });
    expect((await friendPresence(alice, bob, first)).online).toBe(true);

    bobsStream.close();
    const closedAt = Date.now();
    await expectOfflineAfterGrace(watching, bob.id, closedAt, GRACE_MS);
    // Announced once, by one instance.
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 500));
    expect(watching.events.filter((event) => event.name === "presence" && event.data.online === false)).toHaveLength(1);
    const seen = await friendPresence(alice, bob, secondUrl());
    expect(seen.online).toBe(false);
    expect(Math.abs(Date.parse(seen.last_seen_at!) - closedAt)).toBeLessThan(1_500);
  });

  it("streams of a crashed instance go offline by themselves once their leases expire", async () => {
    const crashing = await startAppServer({
      name: "pg-presence-crash",
      databaseUrl: inject("databaseUrl"),
      extraEnv: { ...FAST_PRESENCE, EVENT_STREAM_LEASE_SECONDS: "3", EVENT_STREAM_HEARTBEAT_SECONDS: "1" },
    });
    try {
      const [alice, bob] = await friends("Crash");
      const watching = await streams.open(alice, secondUrl());
      await streams.open(bob, crashing.baseUrl);
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
      const seen = await friendPresence(alice, bob, secondUrl());
      expect(seen.online).toBe(false);
      expect(Date.parse(seen.last_seen_at!)).toBeGreaterThan(killedAt - 500);
      expect(Date.parse(seen.last_seen_at!)).toBeLessThan(killedAt + 3_500);
    } finally {
      await crashing.stop();
    }
  }, 120_000);
});
