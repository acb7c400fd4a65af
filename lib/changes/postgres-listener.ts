// The PostgreSQL source of the change feed: one dedicated connection per instance that
// LISTENs (a pooled connection would lose its LISTEN when released, and PgBouncer in
// transaction mode drops it: connect this one directly). It reconnects with backoff and,
// because notifications sent while it was away are lost, announces a resync each time.
// An open connection is not proof of listening (a frozen or cut-off server keeps the
// socket open and says nothing), so it probes itself every third of the liveness bound
// and the feed trusts its caches only while a probe came back within the bound
// (feed.ts; README, Operations, "Change feed").
//
// Why every write still waits for a fence (settle()): the caches of this instance answer
// from what the feed delivered, so a writer that answered before its own notification
// arrived could be contradicted by its very next read here (read-your-writes). The fence
// costs one round trip, but concurrent writers share it: a fence already in flight may
// have been sent before their commit and cannot cover them, so they all wait for the next
// one, which is sent once the current one is back; at most one is in flight and one queued.
import pg from "pg";
import type { ChangeFeed } from "@/lib/changes/feed";
import { CHANGE_CHANNEL, parseChange } from "@/lib/changes/types";
import { logger } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";

type PostgresListenerOptions = {
  connectionString: string;
  feed: ChangeFeed;
  /** Shown in pg_stat_activity, so an operator (or a test) can find this connection. */
  applicationName: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Caches are trusted only this long after the connection last heard its own probe; it
   * probes every third of it, and a probe unanswered this long counts as a lost connection.
   */
  livenessMs?: number;
  /** Makes the listening connection; tests pass a fake. */
  newClient?: (config: pg.ClientConfig) => pg.Client;
};

export class PostgresListener {
  private readonly options: Required<PostgresListenerOptions>;
  /** Fences are notifications this instance sends to itself on its own channel. */
  private readonly fenceChannel = `pairline_fence_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  private readonly fences = new Map<string, () => void>();
  /** Callers of settle() waiting for the next fence, which is sent once none is in flight. */
  private waiting: (() => void)[] = [];
  private fencing = false;
  private client: pg.Client | undefined;
  private stopped = false;
  private attempt = 0;
  private fenceCount = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(options: PostgresListenerOptions) {
    this.options = { minBackoffMs: 100, maxBackoffMs: 5_000, livenessMs: 3_000, newClient: (config) => new pg.Client(config), ...options };
  }

  /** Whether the listening connection is open right now (the metrics report it). */
  get connected(): boolean {
    return this.client !== undefined;
  }

  start(): void {
    void this.connect();
    this.probeTimer = setInterval(() => void this.probe(), Math.max(100, Math.floor(this.options.livenessMs / 3)));
    this.probeTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.probeTimer);
    const client = this.client;
    this.client = undefined;
    this.options.feed.down();
    await client?.end().catch(() => undefined);
  }

  /**
   * Resolves once every change committed before the call has reached the feed: a
   * notification sent now on this connection's own channel arrives after all of them,
   * since PostgreSQL delivers notifications in commit order. Writers call it before
   * answering, so the next request on this instance sees their change.
   */
  async settle(): Promise<void> {
    // While the feed is not trusted no cache answers, so there is nothing to wait for.
    if (this.client && this.options.feed.healthy) await this.nextFence();
  }

  /** Resolves once a fence sent after this call came back (or the connection was lost). */
  private nextFence(): Promise<void> {
    const arrived = new Promise<void>((resolve) => this.waiting.push(resolve));
    if (!this.fencing) void this.sendFences();
    return arrived;
  }

  /**
   * Sends fences one at a time until nobody waits. Each takes the callers that arrived
   * before it was sent; whoever arrives while it is in flight waits for the next one,
   * since the one in flight may have been sent before their commit.
   */
  private async sendFences(): Promise<void> {
    this.fencing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting;
        this.waiting = [];
        // A lost connection released its fence; with none, no cache answers until the resync.
        const client = this.client;
        try {
          if (client) await this.fence(client);
        } finally {
          for (const release of batch) release();
        }
      }
    } finally {
      this.fencing = false;
    }
  }

  /** Sends a fence on `client` and waits for it; one that does not come back in time loses the connection. */
  private async fence(client: pg.Client): Promise<void> {
    const token = String(++this.fenceCount);
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<true>((resolve) => this.fences.set(token, () => resolve(true)));
    // The deadline covers the query too: on a frozen server it would never answer.
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.options.livenessMs)));
    try {
      const sent = client.query("SELECT pg_notify($1, $2)", [this.fenceChannel, token]).then(() => arrived);
      if (!(await Promise.race([sent, late]))) this.lost(client, new Error("the change feed did not hear its own fence in time"));
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
      this.fences.delete(token);
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = this.options.newClient({
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    client.on("notification", (message) => this.onNotification(client, message));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, new Error("connection ended")));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}; LISTEN ${this.fenceChannel}`);
    } catch (error) {
      client.removeAllListeners("end");
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
      if (this.attempt === 0) logger().error({ err: error }, "Change feed: cannot listen; retrying with backoff");
      return this.retry();
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    if (this.attempt > 0) {
      logger().warn("Change feed: listening again; every cache starts over");
      metrics().feedReconnects.inc();
    }
    this.attempt = 0;
    this.options.feed.up(this.options.livenessMs);
  }

  private onNotification(client: pg.Client, message: pg.Notification): void {
    if (message.channel === this.fenceChannel) {
      // Our own fence came back over the listening connection: it is live right now.
      if (client === this.client) this.options.feed.proven();
      this.fences.get(message.payload ?? "")?.();
      return;
    }
    const change = parseChange(message.payload);
    if (change) this.options.feed.deliver(change);
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.options.feed.down();
    metrics().feedConnectionLosses.inc();
    for (const release of this.fences.values()) release();
    logger().error({ err: error }, "Change feed: lost its connection; reading the database until it is back");
    client.on("error", () => undefined);
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    const delay = Math.min(this.options.maxBackoffMs, this.options.minBackoffMs * 2 ** this.attempt);
    this.attempt += 1;
    // Jitter, so instances that lost the database together do not return in lockstep.
    this.retryTimer = setTimeout(() => void this.connect(), delay * (0.5 + Math.random() / 2));
    this.retryTimer.unref();
  }

  /** The liveness probe: a fence even while the feed is untrusted, since its return is what restores trust. */
  private async probe(): Promise<void> {
    // A fence in flight proves the connection as well; else the probe is one, shared like any.
    if (this.client && !this.fencing) await this.nextFence();
  }
}
