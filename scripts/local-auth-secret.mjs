// Shared by `npm run dev` and `npm run demo`: there is no built-in AUTH_SECRET
// (README, Browser security and privacy), so a local run gets a random one of its own, written once to
// .env.local (gitignored), which Next and scripts/load-env.ts read.
import crypto from "node:crypto";
import fs from "node:fs";

export const ENV_FILE = ".env.local";
// The files Next loads in that mode: a secret set in any of them wins.
const envFiles = (mode) => [`.env.${mode}.local`, ".env.local", `.env.${mode}`, ".env"];
const SECRET_LINE = /^\s*(export\s+)?AUTH_SECRET\s*=\s*["']?[^\s"'#]/m;

/** Writes `AUTH_SECRET=<random>` to .env.local unless one is set in the environment or an env file. */
export function ensureLocalAuthSecret({ mode = "development", dir = ".", env = process.env, log = console.log } = {}) {
  if (env.AUTH_SECRET?.trim()) return false;
  for (const name of envFiles(mode)) {
    const candidate = `${dir}/${name}`;
    if (fs.existsSync(candidate) && SECRET_LINE.test(fs.readFileSync(candidate, "utf8"))) return false;
  }
  const file = `${dir}/${ENV_FILE}`;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const line = `AUTH_SECRET=${crypto.randomBytes(32).toString("base64url")}\n`;
  fs.writeFileSync(file, (existing && !existing.endsWith("\n") ? `${existing}\n` : existing) + line, { mode: 0o600 });
  log(`Wrote a random AUTH_SECRET to ${file} (kept out of git).`);
  return true;
}
