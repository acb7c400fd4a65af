// The header counts of every user with a stream here (README, Live updates): sent to a
// new stream at once, and recomputed shortly after each change that may move them, a
// few users at a time. A user's streams get new counts only when they differ from the
// last ones sent.
import { changeFeed } from "@/lib/changes";
import { getDb, type Db } from "@/lib/db";
import { logger } from "@/lib/log";
import { getLiveCounts, liveCountsDto, type LiveCountsDto } from "@/lib/live/get-live-counts";
import type { StreamClient, StreamRegistry } from "@/lib/live/stream-registry";

type SentCounts = { seq: number; counts: LiveCountsDto };

/** Both built by liveCountsDto, so their keys come in the same order. */
function sameCounts(a: LiveCountsDto, b: LiveCountsDto): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Counts are recomputed this long after the first change that may move them, for all changes meanwhile. */
const COUNTS_DELAY_MS = 25;
/** Users whose counts are recomputed at once (each takes one statement, lib/live/get-live-counts.ts). */
const COUNTS_CONCURRENCY = 2;

export class CountsKeeper {
  /**
   * The counts last sent to each user's streams, with the sequence number taken when their
   * computation started: a slower, older computation never overwrites a newer one.
   */
  private readonly lastCounts = new Map<number, SentCounts>();
  private countsSeq = 0;
  private readonly countsDue = new Set<number>();
  /** Counts being computed for a user's new streams: ten tabs opening at once share one computation. */
  private readonly initialCounts = new Map<number, Promise<SentCounts>>();
  private countsTimer: NodeJS.Timeout | undefined;
  private flushing = false;

  constructor(private readonly streams: StreamRegistry) {}

  /**
   * The current counts, sent to one new stream; later changes go to all of the user's
   * streams. A user with a stream here already has counts this keeper keeps current (every
   * change that may move them recomputes them), so a further tab reuses them instead of
   * another query, unless a recomputation is due or the feed is down.
   */
  async sendInitial(client: StreamClient): Promise<void> {
    const userId = client.userId;
    const known = this.lastCounts.get(userId);
    if (known && !this.countsDue.has(userId) && changeFeed().healthy) {
      client.send("counts", known.counts);
      return;
    }
    let computing = this.initialCounts.get(userId);
    if (!computing) {
      const seq = ++this.countsSeq;
      computing = getDb()
        .then((db) => getLiveCounts({ db, userId }))
        .then((counts) => ({ seq, counts: liveCountsDto(counts) }))
        .finally(() => this.initialCounts.delete(userId));
      this.initialCounts.set(userId, computing);
    }
    const computed = await computing;
    const newest = this.keepNewest(userId, computed);
    client.send("counts", newest.counts);
  }

  /** The user's last stream here closed: their counts are not kept current any more. */
  forget(userId: number): void {
    this.lastCounts.delete(userId);
  }

  /** A change may have moved the user's counts: recompute them soon. */
  due(userId: number): void {
    this.countsDue.add(userId);
    if (!this.flushing) this.countsTimer ??= setTimeout(() => void this.flush(), COUNTS_DELAY_MS);
  }

  stop(): void {
    clearTimeout(this.countsTimer);
  }

  /** Stores `computed` unless newer counts are already stored; returns whichever is newest. */
  private keepNewest(userId: number, computed: SentCounts): SentCounts {
    const stored = this.lastCounts.get(userId);
    if (stored && stored.seq > computed.seq) return stored;
    if (this.streams.has(userId)) this.lastCounts.set(userId, computed);
    return computed;
  }

  /**
   * Recomputes the counts that are due, COUNTS_CONCURRENCY users at a time: counts are
   * background work, and a burst of changes (50 messages at once reach 100 users) must
   * not queue hundreds of queries in the pool ahead of the requests that made them.
   * Users who become due meanwhile are picked up by the same run.
   */
  private async flush(): Promise<void> {
    this.countsTimer = undefined;
    this.flushing = true;
    try {
      const db = await getDb();
      const worker = async () => {
        for (let next = this.countsDue.values().next(); !next.done; next = this.countsDue.values().next()) {
          this.countsDue.delete(next.value);
          await this.recount(db, next.value);
        }
      };
      await Promise.all(Array.from({ length: COUNTS_CONCURRENCY }, worker));
    } finally {
      this.flushing = false;
      if (this.countsDue.size > 0) this.countsTimer ??= setTimeout(() => void this.flush(), COUNTS_DELAY_MS);
    }
  }

  private async recount(db: Db, userId: number): Promise<void> {
    if (!this.streams.has(userId)) return;
    try {
      const seq = ++this.countsSeq;
      const counts = liveCountsDto(await getLiveCounts({ db, userId }));
      const sent = this.lastCounts.get(userId);
      const newest = this.keepNewest(userId, { seq, counts });
      if (newest.seq !== seq || (sent && sameCounts(sent.counts, counts))) return;
      for (const client of this.streams.clientsOf(userId)) client.send("counts", counts);
    } catch (error) {
      logger().error({ err: error, user_id: userId }, "event stream: could not compute counts");
    }
  }
}
