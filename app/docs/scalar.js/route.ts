// GET /docs/scalar.js – the standalone Scalar API reference bundle, served by the app
// itself so /docs works offline and loads nothing from a CDN.
import { readFile } from "node:fs/promises";
import path from "node:path";

// The bundle carries its own zod 4, which probes whether eval is allowed (`Function("")`)
// unless its global config says `jitless`; the page's Content-Security-Policy forbids
// eval, so the probe alone would be reported as a violation. The bundle reads that config
// from `globalThis.__zod_globalConfig`, so it is set first, as lib/zod.ts does for ours.
const PRELUDE = "(globalThis.__zod_globalConfig ??= {}).jitless = true;\n";

let bundle: Promise<Buffer> | undefined;

export async function GET(): Promise<Response> {
  bundle ??= readFile(path.join(process.cwd(), "node_modules", "@scalar", "api-reference", "dist", "browser", "standalone.js")).then((code) =>
    Buffer.concat([Buffer.from(PRELUDE), code]),
  );
  return new Response(new Uint8Array(await bundle), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400", "x-content-type-options": "nosniff" },
  });
}
