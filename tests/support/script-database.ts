// For tests of the npm scripts (seed-demo, create-admin): a fresh embedded database,
// migrated by the real migration script before the file's tests and deleted after them,
// the scripts run as `npm run` runs them (tsx, the checkout as working directory), and
// plain SQL to look at what they did.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect } from "vitest";
import { openSqlRunner } from "@/lib/db/connect";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

export function migratedPgliteForScripts(prefix: string) {
  let dir = "";
  let dataDir = "";
  let env: Record<string, string> = {};
  const runScript = (...args: string[]) => spawnSync(process.execPath, [TSX, ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8" });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `pairline-${prefix}-`));
    dataDir = path.join(dir, "pglite");
    env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", DATABASE_URL: "", PGLITE_DATA_DIR: dataDir };
    const migrated = runScript("scripts/migrate.ts");
    expect(migrated.status, migrated.stderr).toBe(0);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  return {
    runScript,
    dataDir: () => dataDir,
    async sql<T>(query: string): Promise<T[]> {
      const runner = await openSqlRunner({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
      try {
        return await runner.query<T>(query);
      } finally {
        await runner.close();
      }
    },
  };
}
