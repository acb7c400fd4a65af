// Shared by `npm run dev` and `npm run demo`: there is no built-in AUTH_SECRET
// (CONTRACT §16), so a local run gets a random one of its own, written once to
// .env.local (gitignored), which Next and scripts/load-env.ts read.
import crypto from "node:crypto";
import fs from "node:fs";

export const ENV_FILE = ".env.local";

/** Writes `AUTH_SECRET=<random>` to .env.local unless one is set there or in the environment. */
export function ensureLocalAuthSecret({ file = ENV_FILE, env = process.env, log = console.log } = {}) {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (/^\s*AUTH_SECRET\s*=\s*\S/m.test(existing) || env.AUTH_SECRET?.trim()) return false;
  const line = `AUTH_SECRET=${crypto.randomBytes(32).toString("base64url")}\n`;
  fs.writeFileSync(file, (existing && !existing.endsWith("\n") ? `${existing}\n` : existing) + line, { mode: 0o600 });
  log(`Wrote a random AUTH_SECRET to ${file} (kept out of git).`);
  return true;
}
