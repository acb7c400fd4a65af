// The app server for the browser tests: a fresh embedded database, migrated, with the
// admin of e2e/fixtures.ts, served by the production build until Playwright stops it.
// With E2E_VIDEO=zoom it also runs the local fake Zoom and points the app at it, so the
// same flow runs through the real Zoom client. Mail goes by SMTP to a test inbox started
// here, which keeps each message as a file for the specs (e2e/inbox.ts).
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { appEnvForFakeZoom, startFakeZoom } from "../tests/support/fake-zoom";
import { E2E_ADMIN } from "./fixtures";
import { E2E_SERVER_LIMITS } from "../tests/support/test-limits";
import { startCommand } from "../tests/support/app-server";
import { startSmtpInbox } from "../tests/support/smtp-inbox";
import { inboxDir } from "./inbox";
import { clockFile } from "./clock";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3210";
const video = process.env.E2E_VIDEO === "zoom" ? "zoom" : "jitsi";
const dataDir = path.join(ROOT, ".tmp", `e2e-${video}`, "pglite");
fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });

const zoomEnv: Record<string, string> = {};
if (video === "zoom") {
  const fake = await startFakeZoom();
  Object.assign(zoomEnv, appEnvForFakeZoom(fake));
  console.log(`fake Zoom on ${fake.url}`);
}

const inbox = await startSmtpInbox({ saveTo: inboxDir(video) });

const env = {
  ...process.env,
  NODE_ENV: "production",
  AUTH_SECRET: "e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
  APP_URL: `http://127.0.0.1:${port}`,
  PGLITE_DATA_DIR: dataDir,
  DATABASE_URL: "",
  SMTP_URL: inbox.url,
  MAIL_POLL_MS: "200",
  VIDEO_PROVIDER: "jitsi",
  // Specs move the server's clock through this file (e2e/clock.ts, lib/clock.ts).
  TEST_CLOCK_FILE: clockFile(video),
  // Due reminders and missed sessions are looked for every second, not every 15 s.
  SCHEDULE_POLL_MS: "1000",
  ...E2E_SERVER_LIMITS,
  // Playwright prints the server's output: request lines only at LOG_LEVEL=debug.
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  ...zoomEnv,
} as NodeJS.ProcessEnv;

const migrate = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/migrate.ts"], { cwd: ROOT, env, stdio: "inherit" });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

// The admin account, made the way an operator makes one, before the server owns the database.
const admin = spawnSync(
  process.execPath,
  [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/create-admin.ts", `--email=${E2E_ADMIN.email}`, `--password=${E2E_ADMIN.password}`, `--name=${E2E_ADMIN.name}`],
  { cwd: ROOT, env, stdio: "inherit" },
);
if (admin.status !== 0) process.exit(admin.status ?? 1);

// What `npm start` runs (heap cap included), as the API tests' servers do.
const server = spawn(process.execPath, [...startCommand(), "-p", port, "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
