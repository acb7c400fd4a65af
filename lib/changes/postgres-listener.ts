// The PostgreSQL source of the change feed: one dedicated connection per instance that
// LISTENs (a pooled connection would lose its LISTEN when released, and PgBouncer in
// transaction mode drops it: connect this one directly). It reconnects with backoff and,
// because notifications sent while it was away are lost, announces a resync each time.
import pg from "pg";
import type { ChangeFeed } from "@/lib/changes/feed";
import { CHANGE_CHANNEL, parseChange } from "@/lib/changes/types";

export type PostgresListenerOptions = {
  connectionString: string;
  feed: ChangeFeed;
  /** Shown in pg_stat_activity, so an operator (or a test) can find this connection. */
  applicationName: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often an idle connection proves it still hears its own notifications. */
  heartbeatMs?: number;
  /** How long a fence (or heartbeat) may take before the connection is presumed lost. */
  fenceTimeoutMs?: number;
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
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(options: PostgresListenerOptions) {
    this.options = { minBackoffMs: 100, maxBackoffMs: 5_000, heartbeatMs: 10_000, fenceTimeoutMs: 3_000, ...options };
  }

  start(): void {
    void this.connect();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.options.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeatTimer);
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
    const client = this.client;
    if (!client || !this.options.feed.healthy) return;
    const token = String(++this.fenceCount);
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      this.fences.set(token, () => resolve(true));
      timer = setTimeout(() => resolve(false), this.options.fenceTimeoutMs);
    });
    try {
      await client.query("SELECT pg_notify($1, $2)", [this.fenceChannel, token]);
      if (!(await arrived)) this.lost(client, new Error("the change feed did not hear its own fence in time"));
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
    client.on("notification", (message) => this.onNotification(message));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, new Error("connection ended")));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}; LISTEN ${this.fenceChannel}`);
    } catch (error) {
      client.removeAllListeners("end");
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
      if (this.attempt === 0) console.error(`Change feed: cannot listen (${String(error)}); retrying with backoff.`);
      return this.retry();
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    if (this.attempt > 0) console.error("Change feed: listening again; every cache starts over.");
    this.attempt = 0;
    this.options.feed.up();
  }

  private onNotification(message: pg.Notification): void {
    if (message.channel === this.fenceChannel) {
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
    for (const release of this.fences.values()) release();
    console.error(`Change feed: lost its connection (${String(error)}); reading the database until it is back.`);
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

  private async heartbeat(): Promise<void> {
    if (this.client && this.fences.size === 0) await this.settle();
  }
}
