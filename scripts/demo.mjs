// npm run demo – from a fresh clone to a running app on the embedded database:
// writes a local AUTH_SECRET once, migrates, creates the demo users and admin, builds
// (only when the sources changed since the last build) and serves.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { ENV_FILE, ensureLocalAuthSecret } from "./local-auth-secret.mjs";
import { needsBuild, recordBuild } from "./build-freshness.mjs";

// The demo builds and serves the production build.
ensureLocalAuthSecret({ mode: "production" });

const port = process.env.PORT ?? "3000";
// Join links and the sign-in origin follow the port unless APP_URL is configured.
if (!process.env.APP_URL && !/^APP_URL=/m.test(fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, "utf8") : "")) {
  process.env.APP_URL = `http://localhost:${port}`;
}

function run(script, { capture = false } = {}) {
  const result = spawnSync("npm", ["run", "--silent", script], { stdio: capture ? ["inherit", "pipe", "inherit"] : "inherit", encoding: "utf8" });
  if (result.status !== 0) {
    if (capture) process.stdout.write(result.stdout ?? "");
    process.exit(result.status ?? 1);
  }
  return result.stdout ?? "";
}

run("db:migrate");
// The accounts are printed last, where they stay on screen.
const accounts = run("db:seed", { capture: true });
if (needsBuild()) {
  run("build");
  recordBuild();
} else {
  console.log("The build is up to date with the sources: serving it without rebuilding.");
}
console.log(`\nPairline is starting on http://localhost:${port}`);
console.log(accounts.trim());
// lib/env.ts's MAIL_DIR default; an SMTP_URL (in the environment or .env) sends real mail instead.
console.log(
  process.env.SMTP_URL
    ? "Email goes out through SMTP_URL.\n"
    : `Email is written to ${process.env.MAIL_DIR ?? ".data/mail"}/*.eml (unless .env sets SMTP_URL): start a session while the other demo user is away.\n`,
);
run("start");
