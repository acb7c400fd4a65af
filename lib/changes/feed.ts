// The in-process end of the change feed: whoever subscribes hears every committed change
// this instance learns about, and a resync whenever the feed's health changes. Sources
// (postgres-listener.ts, pglite-listener.ts) push into it; it knows nothing about SQL.
import type { Change, FeedEvent, FeedListener } from "@/lib/changes/types";

export class ChangeFeed {
  private readonly listeners = new Set<FeedListener>();
  private isHealthy = false;

  /** True while changes are being heard; when false, nothing may trust a cache. */
  get healthy(): boolean {
    return this.isHealthy;
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

  /** The source is (again) hearing every change: from now on caches may be trusted. */
  up(): void {
    this.isHealthy = true;
    this.emit({ kind: "resync", healthy: true });
  }

  /** The source lost its connection: changes may be missed until `up()`. */
  down(): void {
    if (!this.isHealthy) return;
    this.isHealthy = false;
    this.emit({ kind: "resync", healthy: false });
  }

  /** Something may have been missed while the feed stayed up (a late fence): forget everything. */
  resync(): void {
    this.emit({ kind: "resync", healthy: this.isHealthy });
  }

  private emit(event: FeedEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not keep the others (the caches) from hearing it.
        console.error("Change feed subscriber failed:", error);
      }
    }
  }
}
