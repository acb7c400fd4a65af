// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// schema from the last migration's snapshot to prisma/schema.prisma. No database and no
// engine download needed: `prisma migrate diff` compares the two schema files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}
const snapshot = path.join("prisma", "migrations", "schema-at-last-migration.prisma");
const result = spawnSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", snapshot, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@localhost:5432/placeholder" } },
);
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(1);
}
const sql = result.stdout.trim();
if (!sql || /^-- This is an empty migration/m.test(sql)) {
  console.log("prisma/schema.prisma has no changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
fs.copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Wrote ${dir}/migration.sql. Review it, add any hand-written SQL (partial indexes, checks), then run npm run db:migrate.`);
