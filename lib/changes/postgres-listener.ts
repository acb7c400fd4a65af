// The PostgreSQL source of the change feed: one dedicated connection per instance that
// LISTENs (a pooled connection would lose its LISTEN when released, and PgBouncer in
// transaction mode drops it: connect this one directly). It reconnects with backoff and,
// because notifications sent while it was away are lost, announces a resync each time.
// An open connection is not proof of listening (a frozen or cut-off server keeps the
// socket open and says nothing), so it probes itself every third of the liveness bound
// and the feed trusts its caches only while a probe came back within the bound
// (feed.ts; README, Operations, "Change feed").
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
};

export class PostgresListener {
  private readonly options: Required<PostgresListenerOptions>;
  /** Fences are notifications this instance sends to itself on its own channel. */
  private readonly fenceChannel = `pairline_fence_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  private readonly fences = new Map<string, () => void>();
  private client: pg.Client | undefined;
  private stopped = false;
  private attempt = 0;
  private fenceCount = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;

  constructor(options: PostgresListenerOptions) {
    this.options = { minBackoffMs: 100, maxBackoffMs: 5_000, livenessMs: 3_000, ...options };
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
    const client = this.client;
    if (client && this.options.feed.healthy) await this.fence(client);
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
    const client = new pg.Client({
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
    const client = this.client;
    if (client && this.fences.size === 0) await this.fence(client);
  }
}
