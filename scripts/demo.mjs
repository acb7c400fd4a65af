// npm run demo – from a fresh clone to a running app on the embedded database:
// writes a local AUTH_SECRET once, migrates, creates the demo users, builds and serves.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { ENV_FILE, ensureLocalAuthSecret } from "./local-auth-secret.mjs";

// The demo builds and serves the production build.
ensureLocalAuthSecret({ mode: "production" });

const port = process.env.PORT ?? "3000";
// Join links and the sign-in origin follow the port unless APP_URL is configured.
if (!process.env.APP_URL && !/^APP_URL=/m.test(fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, "utf8") : "")) {
  process.env.APP_URL = `http://localhost:${port}`;
}

function run(script) {
  const result = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("db:migrate");
run("db:seed");
run("build");
console.log(`\nPairline is starting on http://localhost:${port}`);
console.log("Sign in as alice@example.com or bob@example.com with the password pairline-demo.");
console.log("Email goes to .data/mail/*.eml (no SMTP_URL set): start a session while the other demo user is away.\n");
run("start");
