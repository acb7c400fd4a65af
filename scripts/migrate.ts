// npm run db:migrate – apply pending migrations to the configured database and exit.
import "./load-env";
import path from "node:path";
import { loadEnv } from "@/lib/env";
import { openSqlRunner } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";

async function main() {
  const config = loadEnv();
  const runner = await openSqlRunner(config);
  const where = runner.engine === "pglite" ? `embedded PGlite at ${config.PGLITE_DATA_DIR}` : "PostgreSQL (DATABASE_URL)";
  try {
    const result = await applyMigrations(runner, path.join(process.cwd(), "prisma", "migrations"));
    for (const name of result.applied) console.log(`applied ${name}`);
    console.log(`Database ${where}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already up to date.`);
  } finally {
    await runner.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
