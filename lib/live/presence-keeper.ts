// Presence on the stream (README, Presence): after a user's stream closes, look again once
// the grace period is over, and sweep now and then for what another instance left behind
// (its closing timers died with it; its leases expire by themselves). The sweep announces
// each user who went offline on the change feed, once; every hub then tells the friends it
// holds streams for (deliver), reading the audiences of the changes that arrived meanwhile
// in one statement: a burst of streams opening (a restart's reconnects) would otherwise
// queue a query per user ahead of every request.
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { LiveEvent } from "@/lib/live/event-schemas";
import { presenceAudiences } from "@/lib/presence/presence-audience";
import { sweepPresence } from "@/lib/presence/sweep-presence";
import type { StreamRegistry } from "@/lib/live/stream-registry";
import { repeatEvery } from "@/lib/live/repeat-every";

/** After the grace period, a little more so the offline notice is due when we look. */
const MARGIN_MS = 300;
/** Presence changes are delivered this long after the first one, with all that arrived meanwhile. */
const DELIVER_DELAY_MS = 25;
/** Users whose audiences one statement reads. */
const DELIVER_BATCH = 500;

export class PresenceKeeper {
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly closingTimers = new Map<number, NodeJS.Timeout>();
  /** Users whose presence changed and is not delivered yet. */
  private readonly due = new Set<number>();
  private deliverTimer: NodeJS.Timeout | undefined;
  private delivering = false;
  /** Shutting down: the streams closing now are swept by the instances that stay. */
  private stopped = false;

  constructor(private readonly streams: StreamRegistry) {}

  /** Sweeps every grace period from now on (once started, later calls do nothing). */
  start(): void {
    this.sweepTimer ??= repeatEvery(env().PRESENCE_GRACE_SECONDS, () => void this.sweep());
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.sweepTimer, this.deliverTimer, ...this.closingTimers.values()]) clearTimeout(timer);
    this.closingTimers.clear();
    this.due.clear();
  }

  /** A stream of `userId` closed: once their grace period is over they may be offline. */
  closed(userId: number): void {
    if (this.stopped) return;
    clearTimeout(this.closingTimers.get(userId));
    const timer = setTimeout(() => {
      this.closingTimers.delete(userId);
      void this.sweep();
    }, env().PRESENCE_GRACE_SECONDS * 1000 + MARGIN_MS);
    timer.unref();
    this.closingTimers.set(userId, timer);
  }

  /** A presence change from the feed: tell the user's friends with a stream here, shortly. */
  deliver(userId: number): void {
    if (this.stopped || this.streams.size === 0) return;
    this.due.add(userId);
    if (!this.delivering) this.deliverTimer ??= setTimeout(() => void this.deliverDue(), DELIVER_DELAY_MS);
  }

  /** Delivers every due change, a batch per statement, until none is left (later ones join the next batch). */
  private async deliverDue(): Promise<void> {
    this.deliverTimer = undefined;
    this.delivering = true;
    try {
      while (this.due.size > 0) {
        const userIds = [...this.due].slice(0, DELIVER_BATCH);
        for (const userId of userIds) this.due.delete(userId);
        try {
          // Read after the changes were heard, so each audience is as of then or later.
          const audiences = await presenceAudiences({ db: await getDb(), userIds });
          for (const [userId, audience] of audiences) {
            const event: Extract<LiveEvent, { name: "presence" }> = { name: "presence", data: { user_id: userId, online: audience.online } };
            for (const friendId of audience.friendIds) for (const client of this.streams.clientsOf(friendId)) client.send(event.name, event.data);
          }
        } catch (error) {
          logger().error({ err: error, user_ids: userIds }, "event stream: could not deliver presence changes");
        }
      }
    } finally {
      this.delivering = false;
    }
  }

  private async sweep(): Promise<void> {
    try {
      await sweepPresence({ db: await getDb() });
    } catch (error) {
      logger().error({ err: error }, "presence: could not sweep (the next sweep tries again)");
    }
  }
}
