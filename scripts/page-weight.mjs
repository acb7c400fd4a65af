// First-load JavaScript per page of the production build, gzip-compressed: the runtime
// chunks every page loads (build-manifest.json rootMainFiles) plus the chunks of the
// page's own layouts and page (entryJSFiles in its client reference manifest).
//   npm run build && node scripts/page-weight.mjs [limit in KB, default 140]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import vm from "node:vm";

const NEXT = path.resolve(".next");
const limitKb = Number(process.argv[2] ?? 140);
const build = JSON.parse(fs.readFileSync(path.join(NEXT, "build-manifest.json"), "utf8"));
const gzipSizes = new Map();
const gzipKb = (file) => {
  if (!gzipSizes.has(file)) gzipSizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(NEXT, file)), { level: 9 }).length / 1000);
  return gzipSizes.get(file);
};

function manifests(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...manifests(full));
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

const rows = [];
for (const file of manifests(path.join(NEXT, "server", "app"))) {
  const context = { globalThis: {} };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  for (const [page, manifest] of Object.entries(context.globalThis.__RSC_MANIFEST ?? {})) {
    if (page.startsWith("/_")) continue;
    const files = new Set(build.rootMainFiles);
    for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of chunks) files.add(chunk);
    const js = [...files].filter((chunk) => chunk.endsWith(".js"));
    rows.push({ page: page.replace(/\/page$/, "") || "/", kb: js.reduce((sum, chunk) => sum + gzipKb(chunk), 0), chunks: js.length });
  }
}
rows.sort((a, b) => b.kb - a.kb);
console.log("| page | first-load JS (gzip) | chunks |\n|---|---|---|");
for (const row of rows) console.log(`| ${row.page} | ${row.kb.toFixed(1)} KB | ${row.chunks} |`);
const over = rows.filter((row) => row.kb > limitKb);
console.log(over.length ? `${over.length} page(s) over ${limitKb} KB` : `every page within ${limitKb} KB`);
process.exitCode = over.length ? 1 : 0;
