// Lints the API reference with two maintained linters: Redocly CLI (redocly.yaml,
// `recommended-strict`) and Spectral (.spectral.yaml, `spectral:oas`, failing on
// warnings). The document is built from the route declarations directly
// (scripts/print-openapi.ts), the same builder GET /api/v1/openapi.json serves.
// `npm run lint:openapi`; scripts/test-all.sh runs it after the build.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const out = path.join(root, ".tmp/openapi.json");
// Neither linter reports usage home, and Redocly does not check for updates.
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" };
const bin = (name) => path.join(root, "node_modules/.bin", name);
const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] }).toString();

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, run(bin("tsx"), ["scripts/print-openapi.ts"]));

let failed = false;
for (const [name, args] of [
  ["Redocly", [bin("redocly"), "lint", "--config", "redocly.yaml", out]],
  ["Spectral", [bin("spectral"), "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "warn", out]],
]) {
  try {
    const output = execFileSync(args[0], args.slice(1), { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] }).toString();
    console.log(`${name}: ok\n${output.trim().split("\n").slice(-2).join("\n")}`);
  } catch (error) {
    failed = true;
    console.error(`${name} found problems:\n${error.stdout?.toString() ?? ""}${error.stderr?.toString() ?? ""}`);
  }
}
process.exit(failed ? 1 : 0);
