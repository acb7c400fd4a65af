// The Prometheus registry (README, Operations, "Metrics"): one per process, kept on
// globalThis because Next bundles route modules into separate chunks and each chunk
// would otherwise register its own copy of every series (or throw on the second).
// Recording is cheap (a histogram observe per request, a counter bump per reconnect);
// everything that needs I/O is read at scrape time (lib/metrics/collect.ts).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type Metrics = {
  registry: Registry;
  requestDuration: Histogram<"route" | "method" | "status">;
  eventStreams: Gauge;
  feedHealthy: Gauge;
  feedConnected: Gauge;
  feedReconnects: Counter;
  feedConnectionLosses: Counter;
  poolMax: Gauge;
};

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requestDuration: new Histogram({
      name: "pairline_http_request_duration_seconds",
      help: "API request duration until the response starts, by route pattern (never the concrete path), method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    eventStreams: new Gauge({ name: "pairline_event_streams_open", help: "Live-update streams (GET /api/v1/events) open on this instance.", registers }),
    feedHealthy: new Gauge({ name: "pairline_change_feed_healthy", help: "1 while the change feed is trusted (listening and recently proven), else 0.", registers }),
    feedConnected: new Gauge({ name: "pairline_change_feed_connected", help: "1 while the change feed's listening connection is open, else 0.", registers }),
    feedReconnects: new Counter({ name: "pairline_change_feed_reconnects_total", help: "Times the change feed's listener connected again after losing its connection.", registers }),
    feedConnectionLosses: new Counter({ name: "pairline_change_feed_connection_losses_total", help: "Times the change feed's listener lost its connection.", registers }),
    poolMax: new Gauge({ name: "pairline_db_pool_max_connections", help: "The pool's size (DATABASE_POOL_SIZE; 1 for the embedded database).", registers }),
  };
}

/**
 * Series that exist only while there is something true to say: the pool's counters (none on
 * the embedded database) and the outbox figures (none while the database does not answer).
 * An unlabelled gauge would otherwise print 0, which reads as a fact.
 */
export const OPTIONAL_GAUGES = {
  poolInUse: { name: "pairline_db_pool_connections_in_use", help: "PostgreSQL pool connections checked out by queries." },
  poolIdle: { name: "pairline_db_pool_connections_idle", help: "PostgreSQL pool connections open and idle." },
  poolWaiting: { name: "pairline_db_pool_waiting_requests", help: "Queries waiting for a PostgreSQL pool connection." },
  outboxPending: { name: "pairline_mail_outbox_pending", help: "Mail outbox rows neither sent nor dropped." },
  outboxFailed: { name: "pairline_mail_outbox_failed", help: "Mail outbox rows given up on (too many attempts, or over the recipient's cap)." },
  outboxOldestPendingAge: { name: "pairline_mail_outbox_oldest_pending_age_seconds", help: "Age of the oldest pending outbox row (0 when none)." },
} as const;

/** Sets an optional gauge (registering it first), or with `undefined` removes it from the output. */
export function setOptional(which: keyof typeof OPTIONAL_GAUGES, value: number | undefined): void {
  const { registry } = metrics();
  const { name, help } = OPTIONAL_GAUGES[which];
  if (value === undefined) {
    registry.removeSingleMetric(name);
    return;
  }
  const gauge = (registry.getSingleMetric(name) as Gauge | undefined) ?? new Gauge({ name, help, registers: [registry] });
  gauge.set(value);
}

const holder = globalThis as typeof globalThis & { __pairlineMetrics?: Metrics };

/** This process's metrics, created on first use. */
export function metrics(): Metrics {
  return (holder.__pairlineMetrics ??= create());
}
