// `prisma generate` needs a postgres-looking DATABASE_URL to parse the schema, even when
// the app will use embedded PGlite; without one the CLI tries to download an engine.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
if (!env.DATABASE_URL) env.DATABASE_URL = "postgresql://placeholder@localhost:5432/placeholder";
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
