// The per-instance side of GET /api/v1/events: every open stream of this instance, by
// user, fed from the change feed (lib/changes). A change names the users it concerns, so
// routing it is a map lookup; events carry ids only and clients refetch what they name
// through the ordinary endpoints, where authorization lives (README, Live updates).
// The hub routes; the counts (counts-keeper.ts), the leases and heartbeat
// (lease-keeper.ts), presence (presence-keeper.ts) and the token-version check (close-revoked-streams.ts) each have
// their own module.
import { changeFeed, type FeedEvent } from "@/lib/changes";
import { eventFor } from "@/lib/live/event-for-change";
import { StreamRegistry, type StreamClient } from "@/lib/live/stream-registry";
import { CountsKeeper } from "@/lib/live/counts-keeper";
import { LeaseKeeper } from "@/lib/live/lease-keeper";
import { PresenceKeeper } from "@/lib/live/presence-keeper";
import { closeRevokedStreams } from "@/lib/live/close-revoked-streams";

export type { StreamClient };

class EventHub {
  private readonly streams = new StreamRegistry();
  private readonly counts = new CountsKeeper(this.streams);
  private readonly leases = new LeaseKeeper(this.streams);
  private readonly presence = new PresenceKeeper(this.streams);
  private unsubscribe: (() => void) | undefined;
  private wasHealthy = true;
  private closing = false;

  get size(): number {
    return this.streams.size;
  }

  add(client: StreamClient): void {
    // Shutting down: a stream that opens now is ended at once, to reconnect elsewhere.
    if (this.closing) return client.close();
    if (!this.unsubscribe) {
      const feed = changeFeed();
      this.wasHealthy = feed.healthy;
      this.unsubscribe = feed.subscribe((event) => this.onFeed(event));
    }
    this.leases.start();
    this.presence.start();
    this.streams.add(client);
  }

  /** Forgets a closed stream and gives its lease back. */
  remove(client: StreamClient): void {
    if (this.streams.delete(client)) this.counts.forget(client.userId);
    this.leases.release(client.leaseId);
    this.presence.closed(client.userId);
  }

  /** The current counts, sent to one new stream (counts-keeper.ts). */
  async sendInitialCounts(client: StreamClient): Promise<void> {
    await this.counts.sendInitial(client);
  }

  /**
   * Ends every stream (shutdown) and gives their leases back in one statement before the
   * database closes: the clients reconnect to another instance at once, where leases
   * left to expire would still count against their limit.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    this.leases.stop();
    this.presence.stop();
    this.counts.stop();
    const clients = this.streams.all();
    const leaseIds = clients.map((client) => client.leaseId);
    this.leases.releasingTogether(leaseIds);
    for (const client of clients) client.close();
    await this.leases.releaseAll(leaseIds);
  }

  private onFeed(event: FeedEvent): void {
    if (event.kind === "resync") {
      // Notifications sent while the feed was away are lost: tell every client to refetch
      // everything, and re-check what the stream itself depends on.
      const recovered = event.healthy && !this.wasHealthy;
      this.wasHealthy = event.healthy;
      if (!event.healthy) return;
      if (recovered) for (const client of this.streams.all()) client.send("resync", {});
      const users = this.streams.users();
      for (const userId of users) this.counts.due(userId);
      void closeRevokedStreams(this.streams, users);
      return;
    }
    if (event.kind === "presence") {
      this.presence.deliver(Number(event.id));
      return;
    }
    if (event.kind === "user") {
      void closeRevokedStreams(this.streams, event.users.filter((userId) => this.streams.has(userId)));
      return;
    }
    for (const userId of event.users) {
      const clients = this.streams.clientsOf(userId);
      if (clients.length === 0) continue;
      const live = eventFor(event, userId);
      if (live) for (const client of clients) client.send(live.name, live.data);
      this.counts.due(userId);
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
