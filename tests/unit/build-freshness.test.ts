// `npm run demo` serves without rebuilding when nothing the build reads has changed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { needsBuild, recordBuild } from "../../scripts/build-freshness.mjs";

let root = "";
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function project() {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "pairline-freshness-"));
  fs.mkdirSync(path.join(root, "app"), { recursive: true });
  fs.mkdirSync(path.join(root, "tests"), { recursive: true });
  fs.writeFileSync(path.join(root, "app/page.tsx"), "export default 1;\n");
  fs.writeFileSync(path.join(root, "package.json"), "{}\n");
  return root;
}

function build(dir: string) {
  fs.mkdirSync(path.join(dir, ".next"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".next/BUILD_ID"), "x");
  recordBuild(dir);
}

describe("build freshness (scripts/build-freshness.mjs)", () => {
  it("builds when there is no build, then not again until a source changes", () => {
    const dir = project();
    expect(needsBuild(dir)).toBe(true);
    build(dir);
    expect(needsBuild(dir)).toBe(false);
    // A test or a touched file without a change does not count.
    fs.writeFileSync(path.join(dir, "tests/a.test.ts"), "it()\n");
    fs.utimesSync(path.join(dir, "app/page.tsx"), new Date(), new Date(Date.now() + 60_000));
    expect(needsBuild(dir)).toBe(false);
    fs.writeFileSync(path.join(dir, "app/page.tsx"), "export default 2;\n");
    expect(needsBuild(dir)).toBe(true);
    build(dir);
    fs.writeFileSync(path.join(dir, "app/new.tsx"), "export {};\n");
    expect(needsBuild(dir)).toBe(true);
  });
});
