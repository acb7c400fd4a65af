// The database side of the per-user stream limit while streams are open (leases are taken
// in lib/live/stream-leases.ts): every heartbeat renews this instance's leases, a closed
// stream gives its lease back, and shutdown gives them all back in one statement.
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { releaseStreamLeases, renewStreamLeases } from "@/lib/live/stream-leases";
import type { StreamRegistry } from "@/lib/live/stream-registry";
import { repeatEvery } from "@/lib/live/repeat-every";

export class LeaseKeeper {
  private heartbeatTimer: NodeJS.Timeout | undefined;
  /** Leases releaseAll gives back in one statement, so release() leaves them alone. */
  private readonly releasedTogether = new Set<string>();

  constructor(private readonly streams: StreamRegistry) {}

  /** Starts the heartbeat (a comment on every stream, then one renewal), once. */
  start(): void {
    this.heartbeatTimer ??= repeatEvery(env().EVENT_STREAM_HEARTBEAT_SECONDS, () => void this.heartbeat());
  }

  stop(): void {
    clearInterval(this.heartbeatTimer);
  }

  /** A stream closed: its lease is given back, unless releaseAll does it. */
  release(leaseId: string): void {
    if (this.releasedTogether.has(leaseId)) return;
    void getDb()
      .then((db) => releaseStreamLeases({ db, ids: [leaseId], graceSeconds: env().PRESENCE_GRACE_SECONDS }))
      .catch((error: unknown) => logger().error({ err: error }, "event stream: could not release a lease (it will expire)"));
  }

  /** Marks the leases as given back together; call before their streams close. */
  releasingTogether(leaseIds: readonly string[]): void {
    for (const id of leaseIds) this.releasedTogether.add(id);
  }

  async releaseAll(leaseIds: string[]): Promise<void> {
    try {
      await releaseStreamLeases({ db: await getDb(), ids: leaseIds, graceSeconds: env().PRESENCE_GRACE_SECONDS });
    } catch (error) {
      logger().error({ err: error }, "event stream: could not release leases at shutdown (they will expire)");
    }
  }

  private async heartbeat(): Promise<void> {
    const clients = this.streams.all();
    for (const client of clients) client.comment("heartbeat");
    if (clients.length === 0) return;
    try {
      await renewStreamLeases({ db: await getDb(), ids: clients.map((client) => client.leaseId), leaseSeconds: env().EVENT_STREAM_LEASE_SECONDS });
    } catch (error) {
      logger().error({ err: error }, "event stream: could not renew leases");
    }
  }
}
