// The Prisma client singleton. PostgreSQL through @prisma/adapter-pg when DATABASE_URL
// is set, else embedded PGlite. Opened lazily: `next build` imports route modules and
// must not create a database; kept on globalThis so dev reloads reuse one instance.
import type { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { openPglite } from "@/lib/db/connect";

type Opened = { prisma: PrismaClient; close: () => Promise<void>; pglite?: PGlite };
/** What the metrics read of pg's pool (its own counters; no I/O). */
type PoolCounters = { totalCount: number; idleCount: number; waitingCount: number };
type DbHolder = { opened?: Promise<Opened>; closedForGood?: boolean; pool?: PoolCounters };

/** No request waits longer than this for a pool connection (README, Operations: a 503 within 5 s). */
const POOL_CONNECTION_TIMEOUT_MS = 3_000;

/** The database was closed for shutdown; a late request gets a 503, never a reopened database. */
class DatabaseClosedError extends Error {
  override name = "DatabaseClosedError";
}
const holder = globalThis as typeof globalThis & { __pairlineDb?: DbHolder };
const state: DbHolder = (holder.__pairlineDb ??= {});

async function open(): Promise<Opened> {
  const config = env();
  if (config.DATABASE_URL) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const adapter = new PrismaPg({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      // Without it a request waits forever for a pool slot when the database is down.
      connectionTimeoutMillis: POOL_CONNECTION_TIMEOUT_MS,
      // Notice a peer that vanished without closing the connection.
      keepAlive: true,
    });
    // Prisma connects the adapter itself; keep the pool it creates for the metrics (lib/metrics/collect.ts).
    const connect = adapter.connect.bind(adapter);
    adapter.connect = async () => {
      const connected = await connect();
      state.pool = connected.underlyingDriver();
      return connected;
    };
    // "minimal": error messages without the query's arguments, which may be secrets.
    const prisma = new PrismaClient({ adapter, errorFormat: "minimal" });
    return { prisma, close: () => prisma.$disconnect() };
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { db, release } = await openPglite(config.PGLITE_DATA_DIR);
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils;
  // the runtime interface is the one Prisma 6.19 calls.
  const adapter = new PrismaPGlite(db) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter, errorFormat: "minimal" });
  return {
    prisma,
    pglite: db,
    close: async () => {
      await prisma.$disconnect();
      await db.close();
      release();
    },
  };
}

/** The shared Prisma client, created on first use. */
export async function getDb(): Promise<PrismaClient> {
  if (state.closedForGood) throw new DatabaseClosedError("The database was closed: this instance is shutting down.");
  state.opened ??= open().catch((error: unknown) => {
    state.opened = undefined;
    throw error;
  });
  return (await state.opened).prisma;
}

/** The embedded database itself (the change feed listens on it), or null on PostgreSQL. */
export async function getPglite(): Promise<PGlite | null> {
  await getDb();
  return (await state.opened)?.pglite ?? null;
}

/** The PostgreSQL pool's counters, or null (embedded database, or not opened yet). */
export function poolCounters(): PoolCounters | null {
  return state.opened ? (state.pool ?? null) : null;
}

/** Closes the database (scripts call this before exiting; PGlite keeps the process alive). */
export async function closeDb({ forGood = false }: { forGood?: boolean } = {}): Promise<void> {
  if (forGood) state.closedForGood = true;
  const opened = state.opened;
  state.opened = undefined;
  state.pool = undefined;
  if (opened) await (await opened).close();
}

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
