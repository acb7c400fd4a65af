import os from "node:os";
import { defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname };
// Vitest's default is one file fewer than the cores: one at a time on a 2-core machine,
// where an API test file mostly waits for the server. Two files at once keep both cores
// busy; the files that cannot share (pg, zoom) still run one at a time, after these.
const PARALLEL_FILES = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          maxWorkers: PARALLEL_FILES,
          testTimeout: 30_000,
        },
      },
      {
        // The real route handlers over HTTP, on a production build, on PGlite by default
        // and on PostgreSQL when TEST_DB=postgres (scripts/test-all.sh runs both).
        resolve: { alias },
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          environment: "node",
          maxWorkers: PARALLEL_FILES,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Races and engine-specific checks: PostgreSQL only (PGlite serializes everything).
        resolve: { alias },
        test: {
          name: "pg",
          include: ["tests/pg/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup-postgres.ts"],
          environment: "node",
          // Files run one at a time: several start extra servers on the shared database and
          // count or kill its listener connections (change-feed, events-instances), which a
          // file running beside them would change. The races stay inside each file.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The app with VIDEO_PROVIDER=zoom against a local fake of Zoom, and Zoom's webhooks.
        // Files run one at a time: they share the fake, and its failure switches are global.
        resolve: { alias },
        test: {
          name: "zoom",
          include: ["tests/zoom/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup-zoom.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
