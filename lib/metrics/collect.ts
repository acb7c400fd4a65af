// Reads, at scrape time, what the metrics report as current state: open event streams,
// the change feed, the database pool and the mail outbox (one query). Nothing here runs
// between scrapes.
import { eventHub } from "@/lib/live/event-hub";
import { changeFeedStatus } from "@/lib/changes";
import { getDb, poolCounters } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";

type OutboxRow = { pending: bigint; failed: bigint; oldest_age: number | null };

async function readOutbox(): Promise<OutboxRow> {
  const db = await getDb();
  const [row] = await db.$queryRaw<OutboxRow[]>`
    SELECT count(*) FILTER (WHERE sent_at IS NULL AND dropped_at IS NULL) AS pending,
           count(*) FILTER (WHERE dropped_at IS NOT NULL) AS failed,
           EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE sent_at IS NULL AND dropped_at IS NULL))::float8 AS oldest_age
      FROM mail_outbox`;
  return row!;
}

/** The registry's text, with every gauge brought up to date first. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  m.eventStreams.set(eventHub().size);
  const feed = changeFeedStatus();
  m.feedHealthy.set(feed.healthy ? 1 : 0);
  m.feedConnected.set(feed.connected ? 1 : 0);

  const pool = poolCounters();
  const config = env();
  m.poolMax.set(config.usesEmbeddedDatabase ? 1 : config.DATABASE_POOL_SIZE);
  if (pool) {
    m.poolInUse.set(pool.totalCount - pool.idleCount);
    m.poolIdle.set(pool.idleCount);
    m.poolWaiting.set(pool.waitingCount);
  } else {
    // The embedded database has no pool (it serializes every query); nothing to report.
    m.poolInUse.reset();
    m.poolIdle.reset();
    m.poolWaiting.reset();
  }

  try {
    const outbox = await readOutbox();
    m.outboxPending.set(Number(outbox.pending));
    m.outboxFailed.set(Number(outbox.failed));
    m.outboxOldestPendingAge.set(outbox.oldest_age ?? 0);
  } catch (error) {
    // The database is down: the scrape still answers, without outbox figures (absent, not stale).
    logger().warn({ err: error }, "metrics: could not read the mail outbox");
    m.outboxPending.reset();
    m.outboxFailed.reset();
    m.outboxOldestPendingAge.reset();
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
