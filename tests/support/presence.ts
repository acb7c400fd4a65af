// Presence helpers for the API and PostgreSQL tests (README, Presence and preferences).
import { expect } from "vitest";
import { api, type TestUser } from "./api-client";
import { openEventStream, type EventStream, type ReceivedEvent } from "./event-stream";

/** Streams opened by a test file, each ready (its first counts heard), all closed together. */
export function streamTracker() {
  const streams: EventStream[] = [];
  return {
    async open(user: TestUser, url?: string): Promise<EventStream> {
      const stream = await openEventStream({ token: user.token, url });
      expect(stream.status).toBe(200);
      streams.push(stream);
      await stream.waitFor((event) => event.name === "counts", 3_000, "initial counts");
      return stream;
    },
    closeAll(): void {
      for (const stream of streams.splice(0)) stream.close();
    },
  };
}

/** What `viewer`'s friend list says of `friend`'s presence. */
export async function friendPresence(viewer: TestUser, friend: TestUser, baseUrl?: string): Promise<{ online: boolean; last_seen_at: string | null }> {
  const response = await api("/api/v1/friends", { token: viewer.token, baseUrl });
  expect(response.status).toBe(200);
  const entry = response.body.find((item: { user: { id: number } }) => item.user.id === friend.id);
  expect(entry).toBeDefined();
  return { online: entry.online, last_seen_at: entry.last_seen_at };
}

/** Waits for `presence {user_id, online: false}` and checks it came after the grace period, and not much later. */
export async function expectOfflineAfterGrace(watching: EventStream, userId: number, closedAt: number, graceMs: number): Promise<ReceivedEvent> {
  const offline = await watching.waitFor((event) => event.name === "presence" && event.data.online === false, graceMs + 4_000, "offline");
  expect(offline.data).toEqual({ user_id: userId, online: false });
  expect(offline.at - closedAt).toBeGreaterThanOrEqual(graceMs - 200);
  expect(offline.at - closedAt).toBeLessThan(graceMs + 2_000);
  return offline;
}
