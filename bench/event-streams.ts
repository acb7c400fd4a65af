// Benchmark: 1,000 open event streams (GET /api/v1/events) on one app instance, one event
// delivered to each; reports the delivery time percentiles and the server's memory.
//
//   npm run build && npm run bench:events                      (embedded PGlite)
//   BENCH_DB=postgres npm run bench:events                     (throwaway PostgreSQL)
//
// 100 users with 10 streams each (the per-user limit), paired into 50 friendships. Each
// pair's first person sends the other one message: a message reaches both people's
// streams, so 50 messages give every stream exactly one message.created. Two rounds: the
// 50 messages one after another, then all at once. Delivery time runs from the moment
// the message's POST was sent (so it includes the write) to the moment the event
// arrived. Bounded: local addresses only, stops by itself.
import crypto from "node:crypto";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";
import { readServerSentEvents } from "../tests/support/sse-reader";
import { rssMiB } from "./process-stats";

const USERS = Number(process.env.BENCH_USERS ?? 100);
const STREAMS_PER_USER = 10;
const TIMEOUT_MS = 30_000;
/** Any password the account rules accept (lib/accounts/password-strength.ts). */
const BENCH_PASSWORD = "violet kettle orbit lantern";

type User = { id: number; token: string };

/** Each account from its own documentation-range address, so the per-address registration limit is not what is measured. */
function address(): string {
  const hex = crypto.randomBytes(4).toString("hex");
  return `2001:db8::${hex.slice(0, 4)}:${hex.slice(4)}`;
}

async function call(base: string, path: string, init: { method?: string; token?: string; body?: unknown; from?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.from) headers["x-forwarded-for"] = init.from;
  const response = await fetch(`${base}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function user(base: string, index: number): Promise<User> {
  const email = `bench-${index}-${Date.now()}-${crypto.randomBytes(3).toString("hex")}@bench.test`;
  const from = address();
  const registered = await call(base, "/api/v1/auth/register", { method: "POST", body: { email, password: BENCH_PASSWORD, name: `Bench ${index}` }, from });
  const issued = await call(base, "/api/v1/auth/token", { method: "POST", body: { email, password: BENCH_PASSWORD }, from });
  return { id: registered.user.id, token: issued.access_token };
}

type Stream = { userId: number; arrivedAt?: number; close: () => void; connected: Promise<void>; counted: Promise<void> };

function openStream(base: string, owner: User): Stream {
  const controller = new AbortController();
  let counted!: () => void;
  const stream: Stream = {
    userId: owner.id,
    close: () => controller.abort(),
    connected: Promise.resolve(),
    counted: new Promise<void>((resolve) => (counted = resolve)),
  };
  stream.connected = (async () => {
    const response = await fetch(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${owner.token}` }, signal: controller.signal });
    if (response.status !== 200) throw new Error(`stream refused: ${response.status} ${await response.text()}`);
    // Connected once the first chunk (a comment) arrives; then read in the background.
    let opened!: () => void;
    const firstChunk = new Promise<void>((resolve) => (opened = resolve));
    void readServerSentEvents(response.body!, {
      onComment: () => opened(),
      onEvent: (event) => {
        opened();
        if (event.name === "counts") counted();
        if (event.name === "message.created") stream.arrivedAt ??= event.at;
      },
    });
    await firstChunk;
  })();
  return stream;
}

async function main() {
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  if (process.env.BENCH_DB === "postgres") {
    cluster = await startPostgresCluster();
    cluster.createDatabase("bench_events");
    databaseUrl = cluster.url("bench_events");
  }
  const server: AppServer = await startAppServer({ name: "bench-events", databaseUrl });
  const streams: Stream[] = [];
  try {
    const base = server.baseUrl;
    const users: User[] = [];
    for (let start = 0; start < USERS; start += 10) {
      users.push(...(await Promise.all(Array.from({ length: Math.min(10, USERS - start) }, (_, offset) => user(base, start + offset)))));
    }
    const pairs: [User, User][] = [];
    for (let index = 0; index + 1 < users.length; index += 2) pairs.push([users[index]!, users[index + 1]!]);
    for (const [a, b] of pairs) {
      const request = await call(base, "/api/v1/friends/requests", { method: "POST", token: a.token, body: { user_id: b.id } });
      await call(base, `/api/v1/friends/requests/${request.id}/accept`, { method: "POST", token: b.token });
    }
    const rssBefore = rssMiB(server.pid);

    const openedAt = performance.now();
    for (const owner of users) for (let index = 0; index < STREAMS_PER_USER; index++) streams.push(openStream(base, owner));
    await Promise.all(streams.map((stream) => stream.connected));
    const openSeconds = (performance.now() - openedAt) / 1000;
    // Every stream's first counts event has arrived: opening is over before measuring.
    await Promise.all(streams.map((stream) => stream.counted));
    const countedSeconds = (performance.now() - openedAt) / 1000;
    const rssOpen = rssMiB(server.pid);

    console.log(`engine: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; ${streams.length} open streams (${users.length} users × ${STREAMS_PER_USER}), opened in ${openSeconds.toFixed(1)} s, all counted in ${countedSeconds.toFixed(1)} s`);

    // Two rounds, each delivering one message.created to every stream: "one after another"
    // (each message sent when the previous one was answered: the fan-out to 1,000 streams),
    // then "all at once" (50 writes queue on the server first, and their wait counts too).
    let complete = true;
    for (const round of ["one after another", "all at once"] as const) {
      for (const stream of streams) stream.arrivedAt = undefined;
      const sentAt = new Map<number, number>();
      const send = async ([a, b]: [User, User]) => {
        const started = Date.now(); // the stream reader stamps arrivals with Date.now()
        sentAt.set(a.id, started);
        sentAt.set(b.id, started);
        await call(base, `/api/v1/chats/${b.id}/messages`, { method: "POST", token: a.token, body: { text: "bench" } });
      };
      if (round === "all at once") await Promise.all(pairs.map(send));
      else for (const pair of pairs) await send(pair);
      const deadline = Date.now() + TIMEOUT_MS;
      while (streams.some((stream) => stream.arrivedAt === undefined) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const delivered = streams.filter((stream) => stream.arrivedAt !== undefined);
      const times = delivered.map((stream) => stream.arrivedAt! - sentAt.get(stream.userId)!).sort((x, y) => x - y);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(0);
      console.log(`${round}: delivered ${delivered.length} of ${streams.length} within ${TIMEOUT_MS / 1000} s`);
      if (times.length) console.log(`  delivery ms (from the message's POST): p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}, max ${times.at(-1)!.toFixed(0)}`);
      complete &&= delivered.length === streams.length;
    }
    const rssAfter = rssMiB(server.pid);
    console.log(`server RSS: ${rssBefore.toFixed(0)} MiB before the streams, ${rssOpen.toFixed(0)} MiB with them open, ${rssAfter.toFixed(0)} MiB after delivery`);
    if (!complete) process.exitCode = 1;
  } finally {
    for (const stream of streams) stream.close();
    await server.stop();
    cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
