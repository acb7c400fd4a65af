// For unit tests whose subject is SQL: a Prisma client on a fresh embedded database with
// every migration applied, opened before the file's tests and deleted after them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openPglite, openSqlRunner } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The client, once beforeAll has run (call it at the top of the file). */
export function migratedPglitePrisma(prefix: string): () => PrismaClient {
  let dir = "";
  let db: PrismaClient | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `pairline-${prefix}-`));
    const dataDir = path.join(dir, "pglite");
    const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
    await applyMigrations(runner, path.join(ROOT, "prisma/migrations"));
    await runner.close();
    const opened = await openPglite(dataDir);
    const client = new PrismaClient({ adapter: new PrismaPGlite(opened.db) as unknown as PrismaPg });
    db = client;
    close = async () => {
      await client.$disconnect();
      await opened.db.close();
      opened.release();
    };
  }, 120_000);
  afterAll(async () => {
    await close?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!db) throw new Error("migratedPglitePrisma: the database is opened in beforeAll");
    return db;
  };
}
