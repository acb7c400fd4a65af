// After `next build`: completes .next/standalone into the directory deploy/Dockerfile copies
// and `npm start` (scripts/start.mjs) serves. Next leaves out public/ and .next/static
// (meant for a CDN); this server serves them itself. scripts/start.mjs goes in too, so the
// image runs exactly the command `npm start` runs.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next/standalone");
if (!fs.existsSync(path.join(standalone, "server.js"))) {
  console.error("No .next/standalone/server.js: next.config.mjs must keep `output: \"standalone\"`.");
  process.exit(1);
}
for (const [from, to] of [
  ["public", "public"],
  [".next/static", ".next/static"],
  ["scripts/start.mjs", "scripts/start.mjs"],
]) {
  const target = path.join(standalone, to);
  fs.rmSync(target, { recursive: true, force: true });
  if (fs.existsSync(path.join(root, from))) fs.cpSync(path.join(root, from), target, { recursive: true });
}
