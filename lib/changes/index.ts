// The change feed (README, Operations: "Change feed and caches during an outage"; the
// live-update stream, README "Live updates", builds on it).
//
// Every committed change to a session, message, friend request, friendship, or a user's
// role, token version, name or email is announced by a database trigger
// (prisma/migrations/20261127093000_change_feed) with pg_notify inside the writing
// transaction, as `{kind, id, users}` (lib/changes/types.ts). Each instance hears them on
// one dedicated LISTEN connection (PostgreSQL) or in-process (PGlite).
//
// Public interface (stable):
//   changeFeed(): ChangeFeed        the instance's feed, started on first call
//     .subscribe(listener) -> unsubscribe function; .unsubscribe(listener)
//     .healthy                      false while the listener is down or has not proven
//                                   itself within CHANGE_FEED_LIVENESS_MS: trust no cache
//     listener receives Change {kind, id, users} or Resync {kind: "resync", healthy}
//       ("treat everything as changed"; sent on (re)connect and on loss)
//   settleChanges(): Promise<void>  resolves once every change committed before the
//                                   call has been delivered to this instance's feed
//   FeedCache (lib/changes/cache.ts) a map the feed evicts
//   LISTENER_APPLICATION_NAME       the listener's application_name in pg_stat_activity
//                                   (tests/support/change-feed.ts looks for it)
import { env } from "@/lib/env";
import { getPglite } from "@/lib/db";
import { ChangeFeed } from "@/lib/changes/feed";
import { PostgresListener } from "@/lib/changes/postgres-listener";
import { listenOnPglite } from "@/lib/changes/pglite-listener";
import { logger } from "@/lib/log";

export type { FeedEvent } from "@/lib/changes/types";

const LISTENER_APPLICATION_NAME = "pairline-change-feed";

type FeedState = { feed: ChangeFeed; started?: Promise<void>; settle?: () => Promise<void>; connected?: () => boolean };
// On globalThis like the database: one feed per process however the bundler splits modules.
const holder = globalThis as typeof globalThis & { __pairlineChanges?: FeedState };
const state: FeedState = (holder.__pairlineChanges ??= { feed: new ChangeFeed() });

function start(): void {
  state.started ??= (async () => {
    const config = env();
    if (config.DATABASE_URL) {
      const listener = new PostgresListener({
        connectionString: config.DATABASE_URL,
        feed: state.feed,
        applicationName: LISTENER_APPLICATION_NAME,
        livenessMs: config.CHANGE_FEED_LIVENESS_MS,
      });
      listener.start();
      state.settle = () => listener.settle();
      state.connected = () => listener.connected;
      return;
    }
    const pglite = await getPglite();
    if (pglite) {
      await listenOnPglite(pglite, state.feed);
      // In-process: listening for as long as the database is open.
      state.connected = () => true;
    }
  })().catch((error: unknown) => {
    // The feed stays unhealthy (every cache reads the database); the next call tries again.
    logger().error({ err: error }, "Change feed: could not start");
    state.started = undefined;
  });
}

/** This instance's change feed; the first call starts listening (never at build time). */
export function changeFeed(): ChangeFeed {
  start();
  return state.feed;
}

/** Waits until this instance has heard every change committed so far (see postgres-listener.ts). */
export async function settleChanges(): Promise<void> {
  if (!state.started) return;
  await state.started;
  await state.settle?.();
}

/** For the metrics: whether the feed is trusted, and whether its listener is connected. */
export function changeFeedStatus(): { healthy: boolean; connected: boolean } {
  return { healthy: state.feed.healthy, connected: state.connected?.() ?? false };
}
