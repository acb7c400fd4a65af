// Presence on the stream (README, Presence): after a user's stream closes, look again once
// the grace period is over, and sweep now and then for what another instance left behind
// (its closing timers died with it; its leases expire by themselves). The sweep announces
// each user who went offline on the change feed, once; every hub then tells the friends it
// holds streams for (deliver).
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { LiveEvent } from "@/lib/live/event-schemas";
import { presenceAudience } from "@/lib/presence/presence-audience";
import { sweepPresence } from "@/lib/presence/sweep-presence";
import type { StreamRegistry } from "@/lib/live/stream-registry";
import { repeatEvery } from "@/lib/live/repeat-every";

/** After the grace period, a little more so the offline notice is due when we look. */
const MARGIN_MS = 300;

export class PresenceKeeper {
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly closingTimers = new Map<number, NodeJS.Timeout>();
  /** Shutting down: the streams closing now are swept by the instances that stay. */
  private stopped = false;

  constructor(private readonly streams: StreamRegistry) {}

  /** Sweeps every grace period from now on (once started, later calls do nothing). */
  start(): void {
    this.sweepTimer ??= repeatEvery(env().PRESENCE_GRACE_SECONDS, () => void this.sweep());
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.sweepTimer, ...this.closingTimers.values()]) clearTimeout(timer);
    this.closingTimers.clear();
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

  /** A presence change from the feed: tell the user's friends with a stream here. */
  async deliver(userId: number): Promise<void> {
    if (this.streams.size === 0) return;
    try {
      const audience = await presenceAudience({ db: await getDb(), userId });
      const event: Extract<LiveEvent, { name: "presence" }> = { name: "presence", data: { user_id: userId, online: audience.online } };
      for (const friendId of audience.friendIds) for (const client of this.streams.clientsOf(friendId)) client.send(event.name, event.data);
    } catch (error) {
      logger().error({ err: error, user_id: userId }, "event stream: could not deliver a presence change");
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
