// The Prisma client singleton. PostgreSQL through @prisma/adapter-pg when DATABASE_URL
// is set, else embedded PGlite. Opened lazily: `next build` imports route modules and
// must not create a database; kept on globalThis so dev reloads reuse one instance.
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { openPglite } from "@/lib/db/connect";

type DbHolder = { prisma?: Promise<PrismaClient> };
const holder = globalThis as typeof globalThis & { __pairlineDb?: DbHolder };
const state: DbHolder = (holder.__pairlineDb ??= {});

async function createClient(): Promise<PrismaClient> {
  const config = env();
  if (config.DATABASE_URL) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const adapter = new PrismaPg({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      // Without it a request waits forever for a pool slot when the database is down.
      connectionTimeoutMillis: 10_000,
    });
    return new PrismaClient({ adapter });
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { db } = await openPglite(config.PGLITE_DATA_DIR);
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils;
  // the runtime interface is the one Prisma 6.19 calls.
  const adapter = new PrismaPGlite(db) as unknown as PrismaPg;
  return new PrismaClient({ adapter });
}

/** The shared Prisma client, created on first use. */
export function getDb(): Promise<PrismaClient> {
  state.prisma ??= createClient().catch((error: unknown) => {
    state.prisma = undefined;
    throw error;
  });
  return state.prisma;
}

export type Db = PrismaClient;
