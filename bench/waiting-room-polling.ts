// Benchmark: how many waiting-room polls (GET join-eligibility with If-None-Match) one
// app instance answers, with what latency, and the server's memory while doing it.
// Every open waiting room polls every 2 s, so requests/s × 2 ≈ waiting rooms served.
//
//   npm run build && npx tsx bench/waiting-room-polling.ts            (embedded PGlite)
//   BENCH_DB=postgres npx tsx bench/waiting-room-polling.ts           (throwaway PostgreSQL)
//
// Bounded: BENCH_CONCURRENCY pollers (default 20) for BENCH_SECONDS (default 10), on 127.0.0.1 only.
import fs from "node:fs";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import { SHARED_TEST_SERVER_LIMITS } from "../tests/support/test-limits";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Passes the password rules (12+ characters, zxcvbn score 3 or more). */
const BENCH_PASSWORD = "benchmark quiet harbor pass";

async function call(base: string, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.body) headers.set("content-type", "application/json");
  const response = await fetch(`${base}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get("etag"), body: text ? JSON.parse(text) : null };
}

async function user(base: string, name: string) {
  const email = `${name}-${Date.now()}@bench.test`;
  const registered = await call(base, "/api/v1/auth/register", { method: "POST", body: JSON.stringify({ email, password: BENCH_PASSWORD, name }) });
  const token = (await call(base, "/api/v1/auth/token", { method: "POST", body: JSON.stringify({ email, password: BENCH_PASSWORD }) })).body.access_token;
  return { id: registered.body.user.id as number, token: token as string };
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main() {
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  if (process.env.BENCH_DB === "postgres") {
    cluster = await startPostgresCluster();
    cluster.createDatabase("bench");
    databaseUrl = cluster.url("bench");
  }
  const server: AppServer = await startAppServer({ name: "bench", databaseUrl, extraEnv: SHARED_TEST_SERVER_LIMITS });
  try {
    const base = server.baseUrl;
    const [a, b] = [await user(base, "Ada"), await user(base, "Bo")];
    const request = await call(base, "/api/v1/friends/requests", { method: "POST", token: a.token, body: JSON.stringify({ user_id: b.id }) });
    await call(base, `/api/v1/friends/requests/${request.body.id}/accept`, { method: "POST", token: b.token });
    const session = (await call(base, "/api/v1/sessions/create/", { method: "POST", token: a.token, body: JSON.stringify({ participant_id: b.id }) })).body;
    await call(base, `/api/v1/sessions/${session.id}/start/`, { method: "POST", token: a.token });
    const path = `/api/v1/sessions/${session.id}/join-eligibility/`;
    const etag = (await call(base, path, { token: b.token })).etag!;

    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let peakRss = rssMiB(server.pid);
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all([
      ...Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < deadline) {
          const started = performance.now();
          const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${b.token}`, "if-none-match": etag } });
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
      (async () => {
        while (Date.now() < deadline) {
          peakRss = Math.max(peakRss, rssMiB(server.pid));
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })(),
    ]);
    latencies.sort((x, y) => x - y);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
    console.log(`engine: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, ${CONCURRENCY} concurrent pollers for ${SECONDS} s`);
    console.log(`requests: ${latencies.length} (${(latencies.length / SECONDS).toFixed(0)}/s), statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`latency ms: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}`);
    console.log(`server RSS: peak ${peakRss.toFixed(0)} MiB`);
    console.log(`≈ ${Math.floor((latencies.length / SECONDS) * 2)} waiting rooms polling every 2 s`);
  } finally {
    await server.stop();
    cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
