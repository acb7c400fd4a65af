// Mixed-load benchmark (README, Capacity, "Mixed load"): one instance on a throwaway
// PostgreSQL, as `npm start` serves it.
//
//   npm run build && npm run bench:mixed
//
// 1. Write costs, side by side in one run: the server's CPU time per request (from /proc)
//    of a chat POST and the session actions end, create, start (Jitsi: no outside call, the
//    provider is effectively a fake) and ready, each batch between batches of a trivial
//    route (the /api 404 handler), as ratios to it. BENCH_WRITE_PAIRS (100) pairs,
//    BENCH_WRITE_ROUNDS (2) rounds after an uncounted warm-up round.
// 2. Mixed load for each N in BENCH_USERS (250,500,1000), held BENCH_HOLD seconds (60):
//    N signed-in users, each with an open event stream; half poll their waiting room every
//    2 s; each sends a chat message a minute (spread evenly); a session starts every 3 s
//    (end + create + start on a spare pair). N is held when there were 0 errors, request
//    p99 < 250 ms and event delivery p99 < 1 s (a message's POST sent → its recipient's
//    stream event). It stops at the first N not held, and prints server CPU and RSS.
// Bounded: 127.0.0.1 only, fixed durations.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { startAppServer, TEST_AUTH_SECRET, type AppServer } from "../tests/support/app-server";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { readServerSentEvents } from "../tests/support/sse-reader";
import { parsePrometheus, type Family } from "../tests/support/prometheus-text";
import { cpuMs, rssMiB } from "./process-stats";

const USERS = (process.env.BENCH_USERS ?? "250,500,1000").split(",").map(Number);
const HOLD_SECONDS = Number(process.env.BENCH_HOLD ?? 60);
const WRITE_PAIRS = Number(process.env.BENCH_WRITE_PAIRS ?? 100);
const WRITE_ROUNDS = Number(process.env.BENCH_WRITE_ROUNDS ?? 2);
const MAX_USERS = Math.max(...USERS);
// Users 1..MAX_USERS are the load; the pairs after them are the spare pairs the session starts cycle through.
const SPARE_PAIRS = Math.ceil(HOLD_SECONDS / 3) * USERS.length + 10;
const ROOMS = MAX_USERS / 2 + SPARE_PAIRS;
const ROOT = path.resolve(import.meta.dirname, "..");
const METRICS_TOKEN = "bench-metrics-token-0123456789";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const { issueAccessToken } = await import("../lib/accounts/access-token");

const tokens = new Map<number, string>();
async function tokenOf(id: number): Promise<string> {
  let token = tokens.get(id);
  if (!token) tokens.set(id, (token = (await issueAccessToken({ id, tokenVersion: 0 })).token));
  return token;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field
type Result = { status: number; ms: number; body: any };
async function call(base: string, method: string, url: string, userId?: number, body?: unknown): Promise<Result> {
  const startedAt = performance.now();
  try {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { ...(userId ? { authorization: `Bearer ${await tokenOf(userId)}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - startedAt, body: text ? JSON.parse(text) : null };
  } catch (error) {
    return { status: 0, ms: performance.now() - startedAt, body: String(error) };
  }
}

const p = (values: number[], q: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** Runs `count` requests, 10 at a time; the server's CPU per request and the errors. */
async function batch(server: AppServer, count: number, expected: number, request: (i: number) => Promise<Result>) {
  const before = cpuMs(server.pid);
  let next = 0;
  let errors = 0;
  const results: Result[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < count) {
        const result = await request(next++);
        results.push(result);
        if (result.status !== expected) errors++;
      }
    }),
  );
  return { cpu: (cpuMs(server.pid) - before) / count, errors, results };
}

/** Each pair's current session (seeded: active, id = pair); the write costs replace some. */
const sessionOf = new Map<number, number>();

async function writeCosts(server: AppServer) {
  const base = server.baseUrl;
  for (let pair = 1; pair <= WRITE_PAIRS; pair++) sessionOf.set(pair, pair);
  const costs = new Map<string, number[]>();
  let round = 0;
  const note = (name: string, cpu: number, errors: number) => {
    if (errors) throw new Error(`${name}: ${errors} unexpected answers`);
    // The first round warms the server up (JIT, caches, pool) and is not counted.
    if (round > 0) costs.set(name, [...(costs.get(name) ?? []), cpu]);
  };
  const trivial = async () => {
    const { cpu, errors } = await batch(server, WRITE_PAIRS, 404, () => call(base, "GET", "/api/v1/no-such-thing"));
    note("trivial", cpu, errors);
  };
  for (round = 0; round < WRITE_ROUNDS + 1; round++) {
    await trivial();
    let r = await batch(server, WRITE_PAIRS, 200, (i) => call(base, "POST", `/api/v1/sessions/${sessionOf.get(i + 1)}/end`, 2 * i + 1));
    note("session end", r.cpu, r.errors);
    await trivial();
    r = await batch(server, WRITE_PAIRS, 201, async (i) => {
      const result = await call(base, "POST", "/api/v1/sessions/create/", 2 * i + 1, { participant_id: 2 * i + 2 });
      if (result.status === 201) sessionOf.set(i + 1, result.body.id);
      return result;
    });
    note("session create", r.cpu, r.errors);
    await trivial();
    r = await batch(server, WRITE_PAIRS, 200, (i) => call(base, "POST", `/api/v1/sessions/${sessionOf.get(i + 1)}/start`, 2 * i + 1));
    note("session start (jitsi)", r.cpu, r.errors);
    await trivial();
    r = await batch(server, WRITE_PAIRS, 200, (i) => call(base, "POST", `/api/v1/sessions/${sessionOf.get(i + 1)}/ready`, 2 * i + 2));
    note("session ready", r.cpu, r.errors);
    await trivial();
    r = await batch(server, WRITE_PAIRS, 201, (i) => call(base, "POST", `/api/v1/chats/${2 * i + 2}/messages`, 2 * i + 1, { text: `bench ${round} ${i}` }));
    note("chat POST", r.cpu, r.errors);
    await trivial();
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const trivialCpu = mean(costs.get("trivial")!);
  console.log(`\n1. Write costs (server CPU per request, ${WRITE_ROUNDS} rounds × ${WRITE_PAIRS} requests after a warm-up round, 10 at a time, side by side):`);
  for (const [name, values] of costs) console.log(`   ${name.padEnd(24)} ${mean(values).toFixed(2).padStart(6)} ms   ${(mean(values) / trivialCpu).toFixed(1)}× trivial`);
}

/** The server's own metrics (GET /api/metrics), to tell its queueing from the load generator's. */
async function scrape(base: string): Promise<Map<string, Family>> {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`/api/metrics answered ${response.status}`);
  return parsePrometheus(await response.text());
}

const samplesOf = (families: Map<string, Family>, name: string) => [...families.values()].flatMap((family) => family.samples.filter((sample) => sample.name === name));
const total = (families: Map<string, Family>, name: string) => samplesOf(families, name).reduce((sum, sample) => sum + sample.value, 0);

/**
 * What the server saw between two scrapes: its request-duration p99 (the histogram bucket
 * it falls in; the time from the handler's start to the response's), its event loop's delay
 * (prom-client resets it at every scrape, so this is the window's) and its GC time.
 */
function serverView(before: Map<string, Family>, after: Map<string, Family>) {
  // The histogram's buckets over the window (after − before), over all routes but /api/metrics, and per route.
  const buckets = new Map<string, number>();
  const slowByRoute = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  for (const [families, sign] of [[after, 1], [before, -1]] as const) {
    for (const { labels, value } of samplesOf(families, "pairline_http_request_duration_seconds_bucket")) {
      if (labels.route === "/api/metrics") continue;
      add(buckets, labels.le!, sign * value);
      // Which routes the slow ones were: all of a route's requests less those within 250 ms.
      if (labels.le === "+Inf") add(slowByRoute, `${labels.method} ${labels.route}`, sign * value);
      if (labels.le === "0.25") add(slowByRoute, `${labels.method} ${labels.route}`, -sign * value);
    }
  }
  const ordered = [...buckets].map(([le, count]) => ({ le: Number(le), count })).sort((a, b) => a.le - b.le);
  const count = ordered.at(-1)?.count ?? 0;
  const p99Bucket = ordered.find((bucket) => bucket.count >= 0.99 * count)?.le ?? NaN;
  const slowerThan250 = count - (ordered.find((bucket) => bucket.le === 0.25)?.count ?? 0);
  const gcSeconds = total(after, "nodejs_gc_duration_seconds_sum") - total(before, "nodejs_gc_duration_seconds_sum");
  return {
    requests: count,
    p99Bucket,
    slowerThan250,
    slowRoutes: [...slowByRoute].filter(([, slow]) => slow > 0).map(([route, slow]) => `${route} ${slow}`).join(", "),
    loopP99Ms: total(after, "nodejs_eventloop_lag_p99_seconds") * 1000,
    loopMaxMs: total(after, "nodejs_eventloop_lag_max_seconds") * 1000,
    gcMs: gcSeconds * 1000,
  };
}

/** `connected`: the stream's first chunk arrived; `synced`: its first `counts` event too (what a tab shows first). */
type Stream = { close: () => void; connected: Promise<boolean>; synced: Promise<void> };

function openStream(base: string, userId: number, arrivals: Map<number, number>, onError: (what: string) => void): Stream {
  const controller = new AbortController();
  let closing = false;
  let synced!: () => void;
  const syncedPromise = new Promise<void>((resolve) => (synced = resolve));
  const connected = (async () => {
    const response = await fetch(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${await tokenOf(userId)}` }, signal: controller.signal });
    if (response.status !== 200) {
      onError(`stream ${response.status}`);
      return false;
    }
    // The first chunk (the stream's opening comment) says it is open.
    let opened!: () => void;
    const firstChunk = new Promise<void>((resolve) => (opened = resolve));
    void (async () => {
      await readServerSentEvents(response.body!, {
        onComment: () => opened(),
        onEvent: (event) => {
          opened();
          if (event.name === "counts") synced();
          if (event.name === "message.created") arrivals.set(event.data.message_id as number, event.at);
        },
      });
      if (!closing) onError("stream ended early");
    })();
    await firstChunk;
    return true;
  })().catch((error: unknown) => {
    onError(`stream: ${String(error)}`);
    return false;
  });
  return {
    close: () => {
      closing = true;
      controller.abort();
    },
    connected,
    synced: syncedPromise,
  };
}

async function mixed(server: AppServer, users: number, spare: { next: number }) {
  const base = server.baseUrl;
  const errors: string[] = [];
  const onError = (what: string) => errors.push(what);
  const latencies: number[] = [];
  const arrivals = new Map<number, number>();
  const posted = new Map<number, number>(); // message id → when its POST was sent
  const check = (result: Result, expected: number, what: string) => {
    latencies.push(result.ms);
    if (result.status !== expected) onError(`${what} → ${result.status}`);
    return result;
  };

  // The hold measures the steady state: it starts once every stream is open and has its
  // first counts. Opening them all at once (a restart's reconnects) is a burst of its own,
  // reported here and measured by bench:events.
  const openingStarted = performance.now();
  const streams: Stream[] = [];
  for (let id = 1; id <= users; id++) {
    streams.push(openStream(base, id, arrivals, onError));
    if (id % 50 === 0) await Promise.all(streams.slice(-50).map((stream) => stream.connected));
  }
  await Promise.all(streams.map((stream) => stream.connected));
  const openedMs = performance.now() - openingStarted;
  await Promise.all(streams.map((stream) => stream.synced));
  const syncedMs = performance.now() - openingStarted;

  const metricsBefore = await scrape(base);
  const ownLoop = monitorEventLoopDelay({ resolution: 10 });
  ownLoop.enable();
  const cpuBefore = cpuMs(server.pid);
  const ownCpuBefore = process.cpuUsage();
  let peakRss = rssMiB(server.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(server.pid))), 500);
  // The pool, as the server reports it every 2 s: how often queries queued for a connection.
  const pool = { samples: 0, waitingSamples: 0, maxWaiting: 0, maxInUse: 0 };
  const poolSampler = setInterval(() => {
    void scrape(base).then((families) => {
      const waiting = total(families, "pairline_db_pool_waiting_requests");
      pool.samples++;
      if (waiting > 0) pool.waitingSamples++;
      pool.maxWaiting = Math.max(pool.maxWaiting, waiting);
      pool.maxInUse = Math.max(pool.maxInUse, total(families, "pairline_db_pool_connections_in_use"));
    });
  }, 2_000);
  const endAt = performance.now() + HOLD_SECONDS * 1000;
  const timers: Promise<void>[] = [];
  const every = (periodMs: number, offsetMs: number, run: () => Promise<void>) =>
    timers.push(
      (async () => {
        // A start later than the hold's end (a message a minute, a hold under a minute) is no start.
        await new Promise((resolve) => setTimeout(resolve, Math.min(offsetMs, Math.max(0, endAt - performance.now()))));
        while (performance.now() < endAt) {
          const started = performance.now();
          await run();
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, periodMs - (performance.now() - started))));
        }
      })(),
    );
  for (let id = 1; id <= users; id++) {
    const pair = Math.ceil(id / 2);
    const friend = id % 2 ? id + 1 : id - 1;
    // Odd users (half) poll their pair's waiting room.
    if (id % 2) every(2_000, Math.random() * 2_000, async () => void check(await call(base, "GET", `/api/v1/sessions/${sessionOf.get(pair) ?? pair}/join-eligibility`, id), 200, "poll"));
    every(60_000, (id / users) * 60_000, async () => {
      const sentAt = Date.now(); // the stream reader stamps arrivals with Date.now()
      const result = check(await call(base, "POST", `/api/v1/chats/${friend}/messages`, id, { text: `mixed ${id}` }), 201, "chat POST");
      if (result.status === 201) posted.set(result.body.id, sentAt);
    });
  }
  every(3_000, 500, async () => {
    const pair = spare.next++;
    const [a, b] = [2 * pair - 1, 2 * pair];
    check(await call(base, "POST", `/api/v1/sessions/${pair}/end`, a), 200, "session end");
    const created = check(await call(base, "POST", "/api/v1/sessions/create/", a, { participant_id: b }), 201, "session create");
    if (created.status === 201) check(await call(base, "POST", `/api/v1/sessions/${created.body.id}/start`, a), 200, "session start");
  });
  await Promise.all(timers);
  const cpu = cpuMs(server.pid) - cpuBefore;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  ownLoop.disable();
  clearInterval(poolSampler);
  const seen = serverView(metricsBefore, await scrape(base));
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const deliveries: number[] = [];
  let lost = 0;
  for (const [id, sentAt] of posted) {
    const arrived = arrivals.get(id);
    if (arrived === undefined) lost++;
    else deliveries.push(Math.max(0, arrived - sentAt));
  }
  for (const stream of streams) stream.close();
  const requestP99 = p(latencies, 0.99);
  const deliveryP99 = p(deliveries, 0.99);
  const held = errors.length === 0 && lost === 0 && requestP99 < 250 && deliveryP99 < 1_000;
  console.log(
    `   N=${String(users).padEnd(5)} ${held ? "HELD    " : "NOT HELD"} requests ${latencies.length} (${(latencies.length / HOLD_SECONDS).toFixed(0)}/s), ` +
      `errors ${errors.length}${errors.length ? ` (${[...new Set(errors)].slice(0, 3).join("; ")})` : ""}, p50 ${p(latencies, 0.5).toFixed(0)} ms, p99 ${requestP99.toFixed(0)} ms; ` +
      `events ${deliveries.length}/${posted.size} (lost ${lost}), delivery p99 ${deliveryP99.toFixed(0)} ms; ` +
      `server CPU ${((cpu / (HOLD_SECONDS * 1000)) * 100).toFixed(0)} % of a core, RSS peak ${peakRss.toFixed(0)} MiB`,
  );
  // Where the time went: a slow p99 the server did not see is queueing outside its handlers
  // (its event loop, the kernel, or the load generator, which shares the machine).
  console.log(`          ${users} streams opened 50 at a time in ${(openedMs / 1000).toFixed(1)} s, each with its first counts after ${(syncedMs / 1000).toFixed(1)} s`);
  console.log(
    `          server's view: ${seen.requests} requests, p99 ≤ ${seen.p99Bucket * 1000} ms, ${seen.slowerThan250} over 250 ms${seen.slowRoutes ? ` (${seen.slowRoutes})` : ""}; ` +
      `its event loop delay p99 ${seen.loopP99Ms.toFixed(0)} ms, max ${seen.loopMaxMs.toFixed(0)} ms; GC ${seen.gcMs.toFixed(0)} ms; ` +
      `load generator's event loop delay p99 ${(ownLoop.percentile(99) / 1e6).toFixed(0)} ms, max ${(ownLoop.max / 1e6).toFixed(0)} ms; ` +
      `the load generator's CPU ${(((ownCpu.user + ownCpu.system) / 1000 / (HOLD_SECONDS * 1000)) * 100).toFixed(0)} % of a core; ` +
      `pool: queries waiting in ${pool.waitingSamples} of ${pool.samples} samples (at most ${pool.maxWaiting}), at most ${pool.maxInUse} connections in use`,
  );
  // Let the closed streams' leases and presence settle before the next N.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  return held;
}

async function main() {
  const cluster = await startPostgresCluster();
  let server: AppServer | undefined;
  try {
    cluster.createDatabase("bench_mixed");
    server = await startAppServer({
      name: "bench-mixed",
      databaseUrl: cluster.url("bench_mixed"),
      extraEnv: { CHAT_MESSAGES_MAX_PER_USER: "100000", MEETINGS_MAX_PER_USER: "100000", EVENT_STREAMS_PER_USER: "10", METRICS_TOKEN },
      beforeStart: (env) => {
        const seeded = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "bench/seed.ts", String(ROOMS)], { cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
        if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
      },
    });
    console.log(`Mixed-load benchmark: one instance on PostgreSQL, RSS at start ${rssMiB(server.pid).toFixed(0)} MiB`);
    await writeCosts(server);
    console.log(`\n2. Mixed load, each N held ${HOLD_SECONDS} s (held: 0 errors, request p99 < 250 ms, delivery p99 < 1 s):`);
    const spare = { next: MAX_USERS / 2 + 1 };
    let largest = 0;
    for (const users of USERS) {
      if (!(await mixed(server, users, spare))) break;
      largest = users;
    }
    console.log(`\nLargest N held: ${largest || "none of those tried"}`);
  } finally {
    await server?.stop();
    cluster.stop();
  }
}

await main();
