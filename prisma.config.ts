// Prisma CLI configuration. Only `prisma generate` and `prisma migrate diff` (used by
// `npm run db:new-migration`) run through the CLI; applying migrations is our own
// small runner (scripts/migrate.ts), see README "Decisions".
// `engine: "js"` keeps the CLI on its bundled wasm schema engine: Prisma's native
// engine download is not reachable from every machine this project runs on.
import { defineConfig, type PrismaConfig } from "prisma/config";

type AdapterFactory = Awaited<ReturnType<Extract<PrismaConfig, { engine: "js" }>["adapter"]>>;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  // The CLI's migrate commands are not used against a live database (see above); this
  // in-memory database only satisfies commands that insist on having an adapter.
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // Typed against an older driver-adapter-utils; the runtime interface matches.
    return new PrismaPGlite(new PGlite()) as unknown as AdapterFactory;
  },
});
