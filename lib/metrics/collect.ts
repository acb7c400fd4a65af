// Reads, at scrape time, what the metrics report as current state: open event streams,
// the change feed, the database pool and the mail outbox (one query). Nothing here runs
// between scrapes.
import { eventHub } from "@/lib/live/event-hub";
import { changeFeedStatus } from "@/lib/changes";
import { getDb, poolCounters } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { metrics, setOptional } from "@/lib/metrics/registry";

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
  // The embedded database has no pool (it serializes every query): no counters then.
  setOptional("poolInUse", pool ? pool.totalCount - pool.idleCount : undefined);
  setOptional("poolIdle", pool?.idleCount);
  setOptional("poolWaiting", pool?.waitingCount);

  let outbox: OutboxRow | undefined;
  try {
    outbox = await readOutbox();
  } catch (error) {
    // The database is down: the scrape still answers, without outbox figures (absent, not stale).
    logger().warn({ err: error }, "metrics: could not read the mail outbox");
  }
  setOptional("outboxPending", outbox && Number(outbox.pending));
  setOptional("outboxFailed", outbox && Number(outbox.failed));
  setOptional("outboxOldestPendingAge", outbox && (outbox.oldest_age ?? 0));
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
