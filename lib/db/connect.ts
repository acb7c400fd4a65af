// Opens the selected database engine: PostgreSQL when DATABASE_URL is set, else the
// embedded PGlite directory. Used by the app's Prisma client and by the migration runner.
import fs from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";
import { lockDataDir } from "@/lib/db/pglite-lock";

export type SqlRunner = {
  engine: "postgresql" | "pglite";
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

export async function openPglite(dataDir: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const release = lockDataDir(dataDir);
  try {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    const db = new PGlite(dataDir);
    await db.waitReady;
    return { db, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** A plain SQL connection to the configured database, for migrations and scripts. */
export async function openSqlRunner(config: Pick<Env, "DATABASE_URL" | "PGLITE_DATA_DIR">): Promise<SqlRunner> {
  if (config.DATABASE_URL) {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 10_000 });
    await client.connect();
    return {
      engine: "postgresql",
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <Row,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
      close: () => client.end(),
    };
  }
  const { db, release } = await openPglite(config.PGLITE_DATA_DIR);
  return {
    engine: "pglite",
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row,>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    close: async () => {
      await db.close();
      release();
    },
  };
}
