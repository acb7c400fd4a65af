// The in-process end of the change feed: whoever subscribes hears every committed change
// this instance learns about, and a resync whenever the feed's health changes. Sources
// (postgres-listener.ts, pglite-listener.ts) push into it; it knows nothing about SQL.
//
// Health has a liveness bound (README, Operations, "Change feed"): a connection that stays
// open while the database is frozen or cut off delivers nothing and reports nothing, so a
// source that can go quiet must prove itself (`proven()`) at least every `liveForMs`; past
// that the feed counts as down (caches cleared and bypassed) until the next proof. The
// check is a clock comparison on each read, never a database round-trip.
import type { Change, FeedEvent, FeedListener } from "@/lib/changes/types";
import { logger } from "@/lib/log";

export class ChangeFeed {
  private readonly listeners = new Set<FeedListener>();
  private readonly now: () => number;
  /** The source says it is connected and listening. */
  private sourceUp = false;
  /** What subscribers were last told: caches may be trusted. */
  private trusted = false;
  private liveForMs = Infinity;
  private provenAt = 0;

  constructor({ now = () => performance.now() }: { now?: () => number } = {}) {
    this.now = now;
  }

  /** True while changes are being heard (and, for a bounded source, recently proven); when false, nothing may trust a cache. */
  get healthy(): boolean {
    if (this.trusted && this.now() - this.provenAt > this.liveForMs) {
      logger().warn({ unproven_ms: Math.round(this.now() - this.provenAt) }, "Change feed: not proven live in time; caches are bypassed until it is");
      this.distrust();
    }
    return this.trusted;
  }

  /** Calls `listener` for every event until the returned function is called. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.unsubscribe(listener);
  }

  unsubscribe(listener: FeedListener): void {
    this.listeners.delete(listener);
  }

  /** A source heard a change. */
  deliver(change: Change): void {
    this.emit(change);
  }

  /**
   * The source is (again) hearing every change: from now on caches may be trusted, for
   * `liveForMs` after each `proven()` (unbounded when omitted: PGlite's in-process feed
   * cannot go quiet).
   */
  up(liveForMs = Infinity): void {
    this.sourceUp = true;
    this.liveForMs = liveForMs;
    this.provenAt = this.now();
    this.trusted = true;
    this.emit({ kind: "resync", healthy: true });
  }

  /**
   * The source just heard itself (a probe came back): it is live. After a lapse this is a
   * recovery, announced like a reconnect, since nothing vouches for the time in between.
   */
  proven(): void {
    if (!this.sourceUp) return;
    const wasTrusted = this.healthy;
    this.provenAt = this.now();
    if (wasTrusted) return;
    logger().warn("Change feed: proven live again; every cache starts over");
    this.trusted = true;
    this.emit({ kind: "resync", healthy: true });
  }

  /** The source lost its connection: changes may be missed until `up()`. */
  down(): void {
    this.sourceUp = false;
    this.distrust();
  }

  /** Something may have been missed while the feed stayed up (a late fence): forget everything. */
  resync(): void {
    this.emit({ kind: "resync", healthy: this.trusted });
  }

  private distrust(): void {
    if (!this.trusted) return;
    this.trusted = false;
    this.emit({ kind: "resync", healthy: false });
  }

  private emit(event: FeedEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not keep the others (the caches) from hearing it.
        logger().error({ err: error }, "Change feed subscriber failed");
      }
    }
  }
}
