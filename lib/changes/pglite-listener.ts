// The PGlite source of the change feed: the same database triggers, heard in-process with
// PGlite's own LISTEN. PGlite hands each notification to its listeners in a microtask
// while it parses the committing statement's reply, i.e. before the writer's promise
// resolves, so a write is in the feed by the time its request answers
// (lib/changes/feed.test.ts checks this). The embedded database never drops the
// connection, so this source stays up once started.
import type { PGlite } from "@electric-sql/pglite";
import type { ChangeFeed } from "@/lib/changes/feed";
import { CHANGE_CHANNEL, parseChange } from "@/lib/changes/types";

export async function listenOnPglite(db: PGlite, feed: ChangeFeed): Promise<() => Promise<void>> {
  const unlisten = await db.listen(CHANGE_CHANNEL, (payload) => {
    const change = parseChange(payload);
    if (change) feed.deliver(change);
  });
  feed.up();
  return async () => {
    feed.down();
    await unlisten();
  };
}
