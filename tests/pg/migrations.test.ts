// The migration runner on PostgreSQL: two instances deploying at once apply each
// migration exactly once, and Prisma's bookkeeping table agrees.
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";
import { openSqlRunner } from "@/lib/db/connect";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return inject("postgresAdminUrl").replace(/\/postgres$/, `/${name}`);
}

describe("migrations on PostgreSQL", () => {
  it("two runners at once: both succeed, every migration applied exactly once", async () => {
    const url = await freshDatabase("migrate_race");
    const runners = await Promise.all([openSqlRunner({ DATABASE_URL: url, PGLITE_DATA_DIR: "" }), openSqlRunner({ DATABASE_URL: url, PGLITE_DATA_DIR: "" })]);
    const results = await Promise.all(runners.map((runner) => applyMigrations(runner, MIGRATIONS)));
    await Promise.all(runners.map((runner) => runner.close()));
    const total = readMigrations(MIGRATIONS).length;
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, total]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const rows = (await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`)).rows;
    expect(rows.map((row) => row.migration_name)).toEqual(readMigrations(MIGRATIONS).map((migration) => migration.name));
    expect(rows.every((row) => row.finished_at !== null && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((row) => row.tablename);
    expect(tables).toEqual(expect.arrayContaining(["users", "friend_requests", "friendships", "conversations", "messages", "sessions", "join_tokens", "audit_logs", "rate_limit_counters", "zoom_webhook_events"]));
    const indexes = (await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`)).rows.map((row) => row.indexname);
    expect(indexes).toEqual(expect.arrayContaining(["sessions_one_open_per_pair", "friend_requests_one_pending_per_pair", "users_email_lower_key", "join_tokens_token_hash_key"]));
    await client.end();

    const again = await openSqlRunner({ DATABASE_URL: url, PGLITE_DATA_DIR: "" });
    expect((await applyMigrations(again, MIGRATIONS)).applied).toEqual([]);
    await again.close();
  });
});
