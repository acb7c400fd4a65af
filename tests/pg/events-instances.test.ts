// Live updates across app instances on one PostgreSQL (README, Live updates): two `next start`
// processes, a change made through one reaching a stream held on the other; the
// listener connection killed and back; the per-user stream limit counted across both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { api, createUser, makeFriends } from "../support/api-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { openEventStream, type EventStream } from "../support/event-stream";
import { withSql } from "../support/sql";
import { LISTENER, waitForListeners } from "../support/change-feed";

let second: AppServer;
const streams: EventStream[] = [];

beforeAll(async () => {
  // The same database as the project's server; heartbeats every second to see them here.
  second = await startAppServer({ name: "pg-events-second", databaseUrl: inject("databaseUrl"), extraEnv: { EVENT_STREAM_HEARTBEAT_SECONDS: "1" } });
}, 120_000);

afterAll(async () => {
  for (const stream of streams) stream.close();
  await second?.stop();
});

async function streamOn(url: string, token: string): Promise<EventStream> {
  const stream = await openEventStream({ token, url });
  streams.push(stream);
  return stream;
}

async function killListeners(): Promise<number> {
  return withSql(async (client) => {
    const result = await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [LISTENER]);
    return result.rowCount ?? 0;
  });
}

async function leasesOf(userId: number): Promise<number> {
  return withSql(async (client) => {
    const result = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM event_stream_leases WHERE user_id = $1", [userId]);
    return result.rows[0]!.count;
  });
}

describe("event streams on two instances", () => {
  it("a message posted on one instance reaches a stream held on the other within 1 s; after the listener is killed, a resync and then the same", async () => {
    const [alice, bob] = [await createUser("Two Alice"), await createUser("Two Bob")];
    await makeFriends(alice, bob);
    const onSecond = await streamOn(second.baseUrl, bob.token);
    expect(onSecond.status).toBe(200);
    await onSecond.waitFor((event) => event.name === "counts", 3_000, "initial counts");
    // Both instances' feeds listen (the second may still be connecting: it started just now).
    expect(await waitForListeners((pids) => pids.length === 2)).toHaveLength(2);

    const sent = await api(`/api/v1/chats/${bob.id}/messages`, { method: "POST", token: alice.token, body: { text: "across instances" } });
    const sentAt = Date.now();
    const heard = await onSecond.waitFor((event) => event.name === "message.created" && event.data.message_id === sent.body.id, 3_000, "the message");
    expect(heard.data).toEqual({ friend_id: alice.id, message_id: sent.body.id });
    expect(heard.at - sentAt).toBeLessThan(1_000);

    // Kill every listener connection (both instances'); each reconnects with backoff.
    onSecond.events.length = 0;
    expect(await killListeners()).toBeGreaterThanOrEqual(1);
    await onSecond.waitFor((event) => event.name === "resync", 10_000, "resync");
    expect(onSecond.isEnded()).toBe(false);
    const again = await api(`/api/v1/chats/${bob.id}/messages`, { method: "POST", token: alice.token, body: { text: "after the reconnect" } });
    const againAt = Date.now();
    const heardAgain = await onSecond.waitFor((event) => event.name === "message.created" && event.data.message_id === again.body.id, 3_000, "the second message");
    expect(heardAgain.at - againAt).toBeLessThan(1_000);
  });

  it("heartbeat comments keep the stream alive", async () => {
    const me = await createUser("Heartbeat");
    const stream = await streamOn(second.baseUrl, me.token);
    await stream.waitForComment((text) => text === "heartbeat", 3_000);
  });

  it("the per-user limit counts streams on every instance", async () => {
    const me = await createUser("Spread Tabs");
    for (let index = 0; index < 10; index++) {
      const stream = await streamOn(index % 2 ? second.baseUrl : inject("apiBaseUrl"), me.token);
      expect(stream.status).toBe(200);
    }
    for (const url of [second.baseUrl, inject("apiBaseUrl")]) {
      const refused = await openEventStream({ token: me.token, url });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe("rate_limited");
    }
  });

  it("SIGTERM ends open streams, gives their leases back, and the instance exits promptly", async () => {
    const third = await startAppServer({ name: "pg-events-third", databaseUrl: inject("databaseUrl") });
    const me = await createUser("Shutdown");
    const opened = await Promise.all([1, 2, 3].map(() => openEventStream({ token: me.token, url: third.baseUrl })));
    expect(opened.map((stream) => stream.status)).toEqual([200, 200, 200]);
    expect(await leasesOf(me.id)).toBe(3);
    const started = Date.now();
    await third.stop();
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const stream of opened) {
      await stream.ended;
      expect(stream.isEnded()).toBe(true);
    }
    // Not left to expire: reconnecting on another instance finds the whole limit free.
    expect(await leasesOf(me.id)).toBe(0);
  }, 120_000);
});
