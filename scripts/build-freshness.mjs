// Whether the production build in .next is older than the sources it was built from, so
// `npm run demo` rebuilds only when something changed. A hash of every file the build
// reads (the app's source folders and its config), written beside the build once it
// succeeds. Files the build never reads (tests, docs, e2e) do not count.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = ["package.json", "package-lock.json", "next.config.mjs", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts", "prisma.config.ts"];
// Tests beside the code are not part of the build; generated files follow their sources.
const SKIP = /(\.test\.ts$|(^|\/)node_modules\/|(^|\/)\.)/;
const STAMP = path.join(".next", "pairline-source-hash");

function walk(root, dir, out) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (SKIP.test(relative)) continue;
    if (entry.isDirectory()) walk(root, relative, out);
    else if (entry.isFile()) out.push(relative);
  }
}

/** One hash over the build's inputs (paths and contents), independent of file times. */
export function sourceHash(root = ".") {
  const files = [];
  for (const dir of SOURCE_DIRS) walk(root, dir, files);
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) files.push(file);
  const hash = crypto.createHash("sha256");
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** True when there is no build, or it was made from other sources than these. */
export function needsBuild(root = ".") {
  const stamp = path.join(root, STAMP);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stamp)) return true;
  return fs.readFileSync(stamp, "utf8").trim() !== sourceHash(root);
}

/** After a successful build: remember what it was built from. */
export function recordBuild(root = ".") {
  fs.writeFileSync(path.join(root, STAMP), `${sourceHash(root)}\n`);
}
