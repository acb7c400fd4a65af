// The migration runner on embedded PGlite, and the lock that keeps a second process out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlRunner } from "@/lib/db/connect";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const dirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-pglite-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("migrations on PGlite", () => {
  it("applies every migration once, records them like Prisma, and is a no-op the second time", async () => {
    const dataDir = path.join(tempDir(), "nested", "pglite");
    const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
    const first = await applyMigrations(runner, MIGRATIONS);
    expect(first.applied).toEqual(readMigrations(MIGRATIONS).map((migration) => migration.name));
    const second = await applyMigrations(runner, MIGRATIONS);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
    const rows = await runner.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((row) => row.migration_name)).toEqual(first.applied);
    // The partial unique index works on PGlite too.
    await runner.exec(`INSERT INTO users (email, name, password_hash, updated_at) VALUES ('a@x.test', 'A', 'h', now()), ('b@x.test', 'B', 'h', now())`);
    await runner.exec(`INSERT INTO sessions (initiator_id, participant_id) VALUES (1, 2)`);
    await expect(runner.exec(`INSERT INTO sessions (initiator_id, participant_id) VALUES (2, 1)`)).rejects.toThrow(/sessions_one_open_per_pair/);
    await expect(runner.exec(`INSERT INTO users (email, name, password_hash, updated_at) VALUES ('A@X.test', 'A2', 'h', now())`)).rejects.toThrow(/users_email_lower_key/);
    await runner.close();
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.mkdirSync(path.join(migrations, "001_first"), { recursive: true });
    fs.writeFileSync(path.join(migrations, "001_first", "migration.sql"), "CREATE TABLE t (id int);");
    const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: path.join(dir, "db") });
    await applyMigrations(runner, migrations);
    fs.writeFileSync(path.join(migrations, "001_first", "migration.sql"), "CREATE TABLE t (id bigint);");
    await expect(applyMigrations(runner, migrations)).rejects.toThrow(/checksum mismatch/);
    await runner.close();
  });

  it("rolls back a failing migration completely", async () => {
    const dir = tempDir();
    const migrations = path.join(dir, "migrations");
    fs.mkdirSync(path.join(migrations, "001_broken"), { recursive: true });
    fs.writeFileSync(path.join(migrations, "001_broken", "migration.sql"), "CREATE TABLE half (id int);\nSELECT * FROM no_such_table;");
    const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: path.join(dir, "db") });
    await expect(applyMigrations(runner, migrations)).rejects.toThrow(/001_broken failed/);
    const tables = await runner.query<{ count: number }>(`SELECT count(*)::int AS count FROM pg_tables WHERE tablename = 'half'`);
    expect(tables[0]!.count).toBe(0);
    await runner.close();
  });

  it("a second process on the same directory fails at once with a clear message", async () => {
    const dataDir = path.join(tempDir(), "pglite");
    const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
    const other = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PGLITE_DATA_DIR: dataDir, NODE_ENV: "development" },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`is in use by process ${process.pid}`);
    await runner.close();
    const after = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PGLITE_DATA_DIR: dataDir, NODE_ENV: "development" },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(after.status, after.stderr).toBe(0);
    // Two tsx start-ups and a full migration run: seconds alone, far more beside a busy suite.
  }, 120_000);
});
