// README, Operations, "Metrics": GET /api/metrics in the Prometheus text format, only with
// the METRICS_TOKEN bearer, a 404 when it is unset. Its own servers: the shared one has no
// token, and the counts must see only this file's traffic. On PostgreSQL (TEST_DB=postgres)
// they share the project's database, so the pool series are checked too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { testDatabase, type TestDatabase } from "../support/test-database";
import { client, signUp } from "../support/http-client";
import { openEventStream } from "../support/event-stream";
import { parsePrometheus, valueOf, type Family } from "../support/prometheus-text";

const TOKEN = "metrics-test-token-0123456789";

describe("the strict parser itself", () => {
  it("reads a valid exposition and refuses broken ones", () => {
    const good = parsePrometheus('# HELP a_total A.\n# TYPE a_total counter\na_total{x="1",y="q\\"s"} 3\n# TYPE g gauge\ng NaN\n');
    expect(good.get("a_total")!.samples[0]).toEqual({ name: "a_total", labels: { x: "1", y: 'q"s' }, value: 3 });
    expect(() => parsePrometheus("undeclared 1\n")).toThrow(/undeclared/);
    expect(() => parsePrometheus("# TYPE g gauge\ng{x=1} 1\n")).toThrow(/labels/);
    expect(() => parsePrometheus("# TYPE g gauge\ng one\n")).toThrow(/value/);
    expect(() => parsePrometheus("# TYPE g gauge\ng 1")).toThrow(/newline/);
  });
});

const countOf = (families: Map<string, Family>, labels: Record<string, string>) =>
  valueOf(families, "pairline_http_request_duration_seconds", "pairline_http_request_duration_seconds_count", labels) ?? 0;

describe("GET /api/metrics", () => {
  let server: AppServer;
  let unset: AppServer;
  let onPostgres = false;
  let database: TestDatabase;

  beforeAll(async () => {
    // Databases of their own: the counts (and the registration limit at its default) are this file's alone.
    database = await testDatabase("pairline_metrics");
    onPostgres = database.engine === "postgres";
    // The server without a token gets a second database in the same cluster (on PGlite, each server has its own anyway).
    database.cluster?.createDatabase("pairline_metrics_unset");
    [server, unset] = await Promise.all([
      startAppServer({ name: `metrics-${database.engine}`, databaseUrl: database.databaseUrl, extraEnv: { METRICS_TOKEN: TOKEN } }),
      startAppServer({ name: `metrics-unset-${database.engine}`, databaseUrl: database.cluster?.url("pairline_metrics_unset") }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([server?.stop(), unset?.stop()]);
    database?.cluster?.stop();
  });

  async function scrape(): Promise<Map<string, Family>> {
    const response = await fetch(`${server.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheus(await response.text());
  }

  it("counts exactly the requests sent, by route pattern, method and status; reports streams, feed, pool, outbox and the process", async () => {
    const call = client(server.baseUrl);
    const user = await signUp(call, "Metered");
    const before = await scrape();

    for (let i = 0; i < 3; i++) expect((await call("/api/v1/users/me", { token: user.token })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await call("/api/v1/users/me")).status).toBe(401);
    // A path with an id: counted under the route's pattern, never the concrete path.
    for (const id of [999_001, 999_002]) expect((await call(`/api/v1/sessions/${id}`, { token: user.token })).status).toBe(404);
    // The waiting room's poll, served directly (lib/api/direct-routes.ts) and, with a trailing slash, by Next: one pattern.
    for (const path of ["/api/v1/sessions/999003/join-eligibility", "/api/v1/sessions/999004/join-eligibility/"]) {
      expect((await call(path, { token: user.token })).status).toBe(404);
    }
    const stream = await openEventStream({ token: user.token, url: server.baseUrl });
    expect(stream.status).toBe(200);

    const after = await scrape();
    const delta = (labels: Record<string, string>) => countOf(after, labels) - countOf(before, labels);
    expect(delta({ route: "/api/v1/users/me", method: "GET", status: "200" })).toBe(3);
    expect(delta({ route: "/api/v1/users/me", method: "GET", status: "401" })).toBe(2);
    expect(delta({ route: "/api/v1/sessions/[id]", method: "GET", status: "404" })).toBe(2);
    expect(delta({ route: "/api/v1/sessions/[id]/join-eligibility", method: "GET", status: "404" })).toBe(2);
    expect(delta({ route: "/api/v1/events", method: "GET", status: "200" })).toBe(1);
    // The first scrape is counted once its answer is out: in the second one.
    expect(delta({ route: "/api/metrics", method: "GET", status: "200" })).toBe(1);
    const routes = new Set(after.get("pairline_http_request_duration_seconds")!.samples.map((sample) => sample.labels.route));
    expect([...routes].filter((route) => /\d{6}/.test(route ?? ""))).toEqual([]);

    // Histogram buckets are cumulative and the +Inf bucket is the count.
    const labels = { route: "/api/v1/users/me", method: "GET", status: "200" };
    const buckets = after.get("pairline_http_request_duration_seconds")!.samples.filter(
      (sample) => sample.name.endsWith("_bucket") && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    );
    expect(buckets.length).toBeGreaterThan(5);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);
    expect(buckets.at(-1)!.labels.le).toBe("+Inf");
    expect(buckets.at(-1)!.value).toBe(countOf(after, labels));

    expect(valueOf(after, "pairline_event_streams_open", "pairline_event_streams_open")).toBe(1);
    stream.close();
    const deadline = Date.now() + 5_000;
    let open = 1;
    while (open !== 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      open = valueOf(await scrape(), "pairline_event_streams_open", "pairline_event_streams_open")!;
    }
    expect(open).toBe(0);

    expect(valueOf(after, "pairline_change_feed_healthy", "pairline_change_feed_healthy")).toBe(1);
    expect(valueOf(after, "pairline_change_feed_connected", "pairline_change_feed_connected")).toBe(1);
    expect(after.get("pairline_change_feed_reconnects_total")?.type).toBe("counter");
    expect(valueOf(after, "pairline_mail_outbox_pending", "pairline_mail_outbox_pending")).toBeGreaterThanOrEqual(0);
    expect(valueOf(after, "pairline_mail_outbox_failed", "pairline_mail_outbox_failed")).toBeGreaterThanOrEqual(0);
    expect(valueOf(after, "pairline_mail_outbox_oldest_pending_age_seconds", "pairline_mail_outbox_oldest_pending_age_seconds")).toBeGreaterThanOrEqual(0);
    if (onPostgres) {
      expect(valueOf(after, "pairline_db_pool_max_connections", "pairline_db_pool_max_connections")).toBe(10);
      expect(valueOf(after, "pairline_db_pool_connections_in_use", "pairline_db_pool_connections_in_use")).toBeGreaterThanOrEqual(0);
      expect(valueOf(after, "pairline_db_pool_waiting_requests", "pairline_db_pool_waiting_requests")).toBe(0);
    } else {
      // The embedded database has no pool: a size of 1, and no in-use or waiting figures.
      expect(valueOf(after, "pairline_db_pool_max_connections", "pairline_db_pool_max_connections")).toBe(1);
      expect(valueOf(after, "pairline_db_pool_connections_in_use", "pairline_db_pool_connections_in_use")).toBeUndefined();
    }
    // prom-client's default process metrics.
    expect(valueOf(after, "process_resident_memory_bytes", "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(after.get("nodejs_eventloop_lag_seconds")?.type).toBe("gauge");
  });

  it("401 without the token or with a wrong one, and the body says nothing of the metrics", async () => {
    for (const headers of <Record<string, string>[]>[{}, { authorization: "Bearer wrong-token" }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }]) {
      const response = await fetch(`${server.baseUrl}/api/metrics`, { headers });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.error.code).toBe("not_authenticated");
      expect(JSON.stringify(body)).not.toContain("pairline_");
    }
  });

  it("404 when METRICS_TOKEN is unset, whatever is sent", async () => {
    for (const headers of <Record<string, string>[]>[{}, { authorization: `Bearer ${TOKEN}` }]) {
      const response = await fetch(`${unset.baseUrl}/api/metrics`, { headers });
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
