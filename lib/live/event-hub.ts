// The per-instance side of GET /api/v1/events: every open stream of this instance, by
// user, fed from the change feed (lib/changes). A change names the users it concerns, so
// routing it is a map lookup; events carry ids only and clients refetch what they name
// through the ordinary endpoints, where authorization lives (README, Live updates).
import { changeFeed, type FeedEvent } from "@/lib/changes";
import { eventFor, type LiveEventName } from "@/lib/live/event-for-change";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { getLiveCounts, liveCountsDto, type LiveCountsDto } from "@/lib/live/get-live-counts";
import { releaseStreamLeases, renewStreamLeases } from "@/lib/live/stream-leases";

export type StreamClient = {
  leaseId: string;
  userId: number;
  /** The user's token version when the stream opened; a newer one ends the stream. */
  tokenVersion: number;
  send(name: LiveEventName, data: unknown): void;
  comment(text: string): void;
  close(): void;
};

type SentCounts = { seq: number; counts: LiveCountsDto };

/** Both built by liveCountsDto, so their keys come in the same order. */
function sameCounts(a: LiveCountsDto, b: LiveCountsDto): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Counts are recomputed this long after the first change that may move them, for all changes meanwhile. */
const COUNTS_DELAY_MS = 25;
/** Users whose counts are recomputed at once (each takes one statement, lib/live/get-live-counts.ts). */
const COUNTS_CONCURRENCY = 2;

export class EventHub {
  private readonly byUser = new Map<number, Set<StreamClient>>();
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
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private wasHealthy = true;
  private closing = false;
  /** Leases closeAll gives back in one statement, so remove() leaves them alone. */
  private readonly releasedTogether = new Set<string>();

  get size(): number {
    let total = 0;
    for (const clients of this.byUser.values()) total += clients.size;
    return total;
  }

  add(client: StreamClient): void {
    // Shutting down: a stream that opens now is ended at once, to reconnect elsewhere.
    if (this.closing) return client.close();
    if (!this.unsubscribe) {
      const feed = changeFeed();
      this.wasHealthy = feed.healthy;
      this.unsubscribe = feed.subscribe((event) => this.onFeed(event));
    }
    if (!this.heartbeatTimer) {
      this.heartbeatTimer = setInterval(() => void this.heartbeat(), env().EVENT_STREAM_HEARTBEAT_SECONDS * 1000);
      this.heartbeatTimer.unref();
    }
    let clients = this.byUser.get(client.userId);
    if (!clients) this.byUser.set(client.userId, (clients = new Set()));
    clients.add(client);
  }

  /** Forgets a closed stream and gives its lease back. */
  remove(client: StreamClient): void {
    const clients = this.byUser.get(client.userId);
    if (clients?.delete(client) && clients.size === 0) {
      this.byUser.delete(client.userId);
      this.lastCounts.delete(client.userId);
    }
    if (this.releasedTogether.has(client.leaseId)) return;
    void getDb()
      .then((db) => releaseStreamLeases({ db, ids: [client.leaseId] }))
      .catch((error: unknown) => console.error("Event stream: could not release a lease (it will expire):", error));
  }

  /**
   * The current counts, sent to one new stream; later changes go to all of the user's
   * streams. A user with a stream here already has counts this hub keeps current (every
   * change that may move them recomputes them), so a further tab reuses them instead of
   * another query, unless a recomputation is due or the feed is down.
   */
  async sendInitialCounts(client: StreamClient): Promise<void> {
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

  /** Stores `computed` unless newer counts are already stored; returns whichever is newest. */
  private keepNewest(userId: number, computed: SentCounts): SentCounts {
    const stored = this.lastCounts.get(userId);
    if (stored && stored.seq > computed.seq) return stored;
    if (this.byUser.has(userId)) this.lastCounts.set(userId, computed);
    return computed;
  }

  /**
   * Ends every stream (shutdown) and gives their leases back in one statement before the
   * database closes: the clients reconnect to another instance at once, where leases
   * left to expire would still count against their limit.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.countsTimer);
    const clients = [...this.byUser.values()].flatMap((set) => [...set]);
    for (const client of clients) this.releasedTogether.add(client.leaseId);
    for (const client of clients) client.close();
    try {
      await releaseStreamLeases({ db: await getDb(), ids: clients.map((client) => client.leaseId) });
    } catch (error) {
      console.error("Event stream: could not release leases at shutdown (they will expire):", error);
    }
  }

  private onFeed(event: FeedEvent): void {
    if (event.kind === "resync") {
      // Notifications sent while the feed was away are lost: tell every client to refetch
      // everything, and re-check what the stream itself depends on.
      const recovered = event.healthy && !this.wasHealthy;
      this.wasHealthy = event.healthy;
      if (!event.healthy) return;
      if (recovered) for (const clients of this.byUser.values()) for (const client of clients) client.send("resync", {});
      for (const userId of this.byUser.keys()) this.countsDueFor(userId);
      void this.checkTokenVersions([...this.byUser.keys()]);
      return;
    }
    if (event.kind === "user") {
      void this.checkTokenVersions(event.users.filter((userId) => this.byUser.has(userId)));
      return;
    }
    for (const userId of event.users) {
      const clients = this.byUser.get(userId);
      if (!clients) continue;
      const live = eventFor(event, userId);
      if (live) for (const client of clients) client.send(live.name, live.data);
      this.countsDueFor(userId);
    }
  }

  private countsDueFor(userId: number): void {
    this.countsDue.add(userId);
    if (!this.flushing) this.countsTimer ??= setTimeout(() => void this.flushCounts(), COUNTS_DELAY_MS);
  }

  /**
   * Recomputes the counts that are due, COUNTS_CONCURRENCY users at a time: counts are
   * background work, and a burst of changes (50 messages at once reach 100 users) must
   * not queue hundreds of queries in the pool ahead of the requests that made them.
   * Users who become due meanwhile are picked up by the same run.
   */
  private async flushCounts(): Promise<void> {
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
      if (this.countsDue.size > 0) this.countsTimer ??= setTimeout(() => void this.flushCounts(), COUNTS_DELAY_MS);
    }
  }

  private async recount(db: Db, userId: number): Promise<void> {
    if (!this.byUser.has(userId)) return;
    try {
      const seq = ++this.countsSeq;
      const counts = liveCountsDto(await getLiveCounts({ db, userId }));
      const sent = this.lastCounts.get(userId);
      const newest = this.keepNewest(userId, { seq, counts });
      if (newest.seq !== seq || (sent && sameCounts(sent.counts, counts))) return;
      for (const client of this.byUser.get(userId) ?? []) client.send("counts", counts);
    } catch (error) {
      console.error("Event stream: could not compute counts:", error);
    }
  }

  /** Sign-out-everywhere and password changes bump the token version: end older streams. */
  private async checkTokenVersions(userIds: number[]): Promise<void> {
    if (userIds.length === 0) return;
    try {
      const db = await getDb();
      const rows = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, tokenVersion: true } });
      const versions = new Map(rows.map((row) => [row.id, row.tokenVersion]));
      for (const userId of userIds) {
        const current = versions.get(userId);
        for (const client of [...(this.byUser.get(userId) ?? [])]) {
          if (current === undefined || client.tokenVersion < current) client.close();
        }
      }
    } catch (error) {
      console.error("Event stream: could not check token versions:", error);
    }
  }

  private async heartbeat(): Promise<void> {
    const ids: string[] = [];
    for (const clients of this.byUser.values()) {
      for (const client of clients) {
        client.comment("heartbeat");
        ids.push(client.leaseId);
      }
    }
    if (ids.length === 0) return;
    try {
      await renewStreamLeases({ db: await getDb(), ids, leaseSeconds: env().EVENT_STREAM_LEASE_SECONDS });
    } catch (error) {
      console.error("Event stream: could not renew leases:", error);
    }
  }
}

const holder = globalThis as typeof globalThis & { __pairlineEventHub?: EventHub };

/** This instance's hub (one per process, however the bundler splits route modules). */
export function eventHub(): EventHub {
  return (holder.__pairlineEventHub ??= new EventHub());
}

/**
 * Shutdown hook: closes every open event stream so the server can exit promptly
 * (an open stream otherwise keeps `next start` waiting on SIGTERM, as measured).
 */
export async function closeAllEventStreams(): Promise<void> {
  await holder.__pairlineEventHub?.closeAll();
}
