// npm start: serves Next's standalone server (next.config.mjs `output: "standalone"`), the
// very server deploy/Dockerfile runs. `npm run build` prepared it (scripts/prepare-standalone.mjs
// copied public/ and .next/static beside it, and this file into it). Accepts `next start`'s
// `-p/--port` and `-H/--hostname`. Loads .env files from the directory it runs for (process
// environment first), and keeps the working directory, so relative paths in the
// configuration (PGLITE_DATA_DIR, MAIL_DIR) mean what they meant under `next start`.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// In the repository: .next/standalone/server.js. In the image, this file sits inside the
// standalone directory itself (deploy/Dockerfile copies that directory to /app).
const serverDir = [appDir, path.join(appDir, ".next/standalone")].find((dir) => fs.existsSync(path.join(dir, "server.js")));
if (!serverDir) {
  console.error("No standalone server found (.next/standalone/server.js): run `npm run build` first.");
  process.exit(1);
}

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split("=", 2);
  const value = inline ?? args[++i];
  if (flag === "-p" || flag === "--port") process.env.PORT = value;
  else if (flag === "-H" || flag === "--hostname") process.env.HOSTNAME = value;
  else {
    console.error(`Unknown option ${args[i]}: use -p/--port and -H/--hostname (or PORT).`);
    process.exit(1);
  }
}
// The standalone server binds to HOSTNAME, which shells and containers set to the machine's
// name: listen on every interface, as `next start` does, unless -H says otherwise.
if (!args.some((arg) => /^(-H|--hostname)(=|$)/.test(arg))) process.env.HOSTNAME = "0.0.0.0";

const require = createRequire(path.join(serverDir, "server.js"));
require("@next/env").loadEnvConfig(appDir, false, { info: () => {}, error: console.error });

// server.js changes into its own directory; Next is handed that directory explicitly, so
// staying where we were changes nothing for Next and keeps relative paths as configured.
const chdir = process.chdir;
process.chdir = () => {};
try {
  require(path.join(serverDir, "server.js"));
} finally {
  process.chdir = chdir;
}
