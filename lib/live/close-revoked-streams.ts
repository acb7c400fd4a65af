// Sign-out-everywhere and password changes bump the user's token version (README,
// Accounts): a stream opened with an older one is ended. The version is read through
// the same cached auth facts every request is checked against (lib/accounts/load-auth-user.ts),
// which the change feed keeps current.
import { loadAuthUser } from "@/lib/accounts/load-auth-user";
import { logger } from "@/lib/log";
import type { StreamRegistry } from "@/lib/live/stream-registry";

/** Users whose versions are read at once: a resync checks every user with a stream here. */
const CONCURRENCY = 4;

export async function closeRevokedStreams(streams: StreamRegistry, userIds: readonly number[]): Promise<void> {
  if (userIds.length === 0) return;
  // Called from a change-feed subscriber: let every other subscriber, the auth-facts
  // cache among them, hear the same change before its facts are read.
  await Promise.resolve();
  const queue = [...userIds];
  const worker = async () => {
    for (let userId = queue.shift(); userId !== undefined; userId = queue.shift()) {
      try {
        const user = await loadAuthUser(userId);
        for (const client of streams.clientsOf(userId)) {
          if (!user || client.tokenVersion < user.tokenVersion) client.close();
        }
      } catch (error) {
        logger().error({ err: error, user_id: userId }, "event stream: could not check token versions");
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
}
