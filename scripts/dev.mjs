// npm run dev – the development server, with a local AUTH_SECRET written first if there is none.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureLocalAuthSecret } from "./local-auth-secret.mjs";

ensureLocalAuthSecret();
const next = path.join(import.meta.dirname, "..", "node_modules", "next", "dist", "bin", "next");
const result = spawnSync(process.execPath, [next, "dev", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
