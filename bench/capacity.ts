// Capacity benchmark (README, Capacity): one `next start` instance per engine, loaded by autocannon
// from this (separate) process.
//
//   npm run build && npm run bench:polls             (PGlite, then a throwaway PostgreSQL)
//   BENCH_DB=postgres npm run bench:polls            (one engine: pglite | postgres)
//
// Population: BENCH_ROOMS (500) active waiting rooms = 1,000 people, friends in pairs, one
// chat message each. Per engine it prints:
//   1. throughput of each route, measured side by side in alternating rounds
//      (BENCH_ROUNDS × BENCH_SECONDS each, BENCH_CONNECTIONS connections), and its ratio
//      to the trivial route of the same round, with p50/p99;
//   2. sustained load: everyone polls join eligibility every 2 s (BENCH_RATE = 500 req/s)
//      for BENCH_SUSTAIN_SECONDS (30), with errors and p50/p99;
//   3. the server's CPU time per request of each route (from /proc: steadier than req/s on
//      a shared machine), and its RSS after start, after the first polls and at its peak.
// Before the rounds, every person polls every route once ("first poll": a cache miss),
// so the rounds measure the steady state of polling, where nothing changed since the
// previous poll.
// Bounded: 127.0.0.1 only, fixed durations.
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { startAppServer, TEST_AUTH_SECRET, type AppServer } from "../tests/support/app-server";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";
import { cpuMs, rssMiB } from "./process-stats";

const ROOMS = Number(process.env.BENCH_ROOMS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SUSTAIN_SECONDS = Number(process.env.BENCH_SUSTAIN_SECONDS ?? 30);
const ENGINES = process.env.BENCH_DB ? [process.env.BENCH_DB] : ["pglite", "postgres"];
const ROOT = path.resolve(import.meta.dirname, "..");

// Bearer tokens are minted with the app's own function and the test servers' secret: 1,000
// password sign-ins (argon2) would take longer than the benchmark itself.
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const { issueAccessToken } = await import("../lib/accounts/access-token");

type Person = { id: number; friendId: number; sessionId: number; token: string; etag: string; lastMessageId: number };
type Route = { name: string; request: (person: Person) => { path: string; headers: Record<string, string> } };

const auth = (person: Person) => ({ authorization: `Bearer ${person.token}` });
const ROUTES: Route[] = [
  { name: "trivial (/api 404, no auth, no DB)", request: () => ({ path: "/api/v1/no-such-thing", headers: {} }) },
  { name: "join-eligibility 200", request: (p) => ({ path: `/api/v1/sessions/${p.sessionId}/join-eligibility`, headers: auth(p) }) },
  { name: "join-eligibility 304", request: (p) => ({ path: `/api/v1/sessions/${p.sessionId}/join-eligibility`, headers: { ...auth(p), "if-none-match": p.etag } }) },
  { name: "chat poll (messages?after=)", request: (p) => ({ path: `/api/v1/chats/${p.friendId}/messages?after=${p.lastMessageId}`, headers: auth(p) }) },
  { name: "home: GET /chats", request: (p) => ({ path: "/api/v1/chats", headers: auth(p) }) },
  { name: "home: GET /sessions?status=active", request: (p) => ({ path: "/api/v1/sessions?status=active", headers: auth(p) }) },
];

/** Every request of a run goes to the next person, so all 1,000 callers take part. */
async function load(server: AppServer, people: Person[], route: Route, options: { duration?: number; amount?: number; connections: number; overallRate?: number }) {
  let next = 0;
  const cpuBefore = cpuMs(server.pid);
  const result = await autocannon({
    url: server.baseUrl,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    connections: options.connections,
    overallRate: options.overallRate,
    requests: [
      {
        setupRequest: (request) => {
          const { path: requestPath, headers } = route.request(people[next++ % people.length]!);
          return { ...request, method: "GET", path: requestPath, headers };
        },
      },
    ],
  });
  const expected = route.name.startsWith("trivial") ? ["404"] : route.name.endsWith("304") ? ["304"] : ["200"];
  const unexpected = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !expected.includes(code)).reduce((sum, [, stats]) => sum + stats.count, 0);
  const total = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    cpuPerRequest: total ? (cpuMs(server.pid) - cpuBefore) / total : 0,
    errors: result.errors + result.timeouts + unexpected,
  };
}

async function people(server: AppServer): Promise<Person[]> {
  const list: Person[] = [];
  for (let id = 1; id <= ROOMS * 2; id++) {
    const { token } = await issueAccessToken({ id, tokenVersion: 0 });
    list.push({ id, friendId: id % 2 ? id + 1 : id - 1, sessionId: Math.ceil(id / 2), token, etag: "", lastMessageId: Math.ceil(id / 2) });
  }
  for (const person of list) {
    const response = await fetch(`${server.baseUrl}/api/v1/sessions/${person.sessionId}/join-eligibility`, { headers: auth(person) });
    if (response.status !== 200) throw new Error(`setup poll: ${response.status} ${await response.text()}`);
    person.etag = response.headers.get("etag")!;
  }
  return list;
}

async function benchEngine(engine: string) {
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  if (engine === "postgres") {
    cluster = await startPostgresCluster();
    cluster.createDatabase("bench");
    databaseUrl = cluster.url("bench");
  }
  const server = await startAppServer({
    name: `bench-${engine}`,
    databaseUrl,
    // Further V8 flags for the server; a flag `npm start` already passes (the heap cap) wins over these.
    extraEnv: process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {},
    beforeStart: (env) => {
      const seeded = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "bench/seed.ts", String(ROOMS)], { cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8" });
      if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
    },
  });
  const startRss = rssMiB(server.pid);
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(server.pid))), 250);
  try {
    const population = await people(server);
    const label = engine === "postgres" ? "PostgreSQL" : "embedded PGlite";
    console.log(`\n## ${label}: ${ROOMS} rooms, ${ROOMS * 2} people; ${ROUNDS} rounds × ${SECONDS} s per route, ${CONNECTIONS} connections`);
    // First poll of every person on every route (JIT warm-up, and each cache's miss).
    const firstPoll = new Map<string, number>();
    for (const route of ROUTES) {
      const measured = await load(server, population, route, { amount: population.length, connections: 10 });
      if (measured.errors) throw new Error(`${route.name}: ${measured.errors} unexpected answers on the first poll`);
      firstPoll.set(route.name, measured.rps);
    }
    const warmRss = rssMiB(server.pid);
    const results = new Map<string, { rps: number[]; ratio: number[]; p50: number[]; p99: number[]; cpu: number[]; errors: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      let trivial = 0;
      for (const route of ROUTES) {
        const measured = await load(server, population, route, { duration: SECONDS, connections: CONNECTIONS });
        if (route === ROUTES[0]) trivial = measured.rps;
        const entry = results.get(route.name) ?? { rps: [], ratio: [], p50: [], p99: [], cpu: [], errors: 0 };
        entry.rps.push(measured.rps);
        entry.ratio.push(measured.rps / trivial);
        entry.p50.push(measured.p50);
        entry.p99.push(measured.p99);
        entry.cpu.push(measured.cpuPerRequest);
        entry.errors += measured.errors;
        results.set(route.name, entry);
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log("| route | req/s | vs trivial | p50 / p99 ms | server CPU ms/request | first poll req/s | unexpected statuses |");
    console.log("|---|---|---|---|---|---|---|");
    for (const [name, entry] of results) {
      console.log(
        `| ${name} | ${mean(entry.rps).toFixed(0)} | ${(mean(entry.ratio) * 100).toFixed(0)} % | ${mean(entry.p50).toFixed(0)} / ${mean(entry.p99).toFixed(0)} | ` +
          `${mean(entry.cpu).toFixed(2)} | ${firstPoll.get(name)!.toFixed(0)} | ${entry.errors} |`,
      );
    }
    // The same steady rate on the trivial route first: what this machine holds at all.
    for (const route of [ROUTES[0]!, ROUTES[2]!]) {
      const sustained = await load(server, population, route, { duration: SUSTAIN_SECONDS, connections: 100, overallRate: RATE });
      const held = sustained.errors === 0 && sustained.p99 < 100 && sustained.rps >= RATE * 0.95;
      console.log(
        `sustained ${route.name}: ${RATE} req/s (${ROOMS * 2} people polling every 2 s) for ${SUSTAIN_SECONDS} s → ${sustained.rps.toFixed(0)} req/s, ` +
          `p50 ${sustained.p50} ms, p99 ${sustained.p99} ms, ${sustained.cpuPerRequest.toFixed(2)} CPU ms/request, ${sustained.errors} errors: ${held ? "held" : "NOT held"}`,
      );
    }
    console.log(`server RSS: ${startRss.toFixed(0)} MiB after start, ${warmRss.toFixed(0)} MiB after the first polls, ${peakRss.toFixed(0)} MiB peak`);
  } finally {
    clearInterval(sampler);
    await server.stop();
    cluster?.stop();
  }
}

for (const engine of ENGINES) await benchEngine(engine);
