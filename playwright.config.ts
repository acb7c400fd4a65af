// Browser tests on Debian's Chromium against the production build on a fresh embedded
// database (e2e/server.ts starts it). `npx playwright install` is never needed.
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT moves both servers, so two checkouts can run the browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 3210); // Jitsi (the default without a Zoom account)
const ZOOM_PORT = PORT + 1; // the same app configured for Zoom, against the local fake Zoom
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ALONE = [/scheduled\.spec\.ts/, /live\.spec\.ts/];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Two browsers at once; the specs that move the server's clock or time a live update
  // to the millisecond run afterwards on one worker ("jitsi-alone", below).
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".tmp/reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "jitsi", testIgnore: ALONE, metadata: { video: "jitsi" }, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${PORT}` } },
    // The whole session flow once more with Zoom configured.
    { name: "zoom", testMatch: /session-flow\.spec\.ts/, metadata: { video: "zoom" }, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${ZOOM_PORT}` } },
    // After the others, one test at a time: scheduled.spec.ts moves the Jitsi server's clock
    // (e2e/clock.ts), which a spec running beside it would see, and live.spec.ts holds the
    // other browser to "within 1 s" of a POST, which a second browser's load would blur.
    { name: "jitsi-alone", testMatch: ALONE, workers: 1, metadata: { video: "jitsi" }, dependencies: ["jitsi", "zoom"], use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${PORT}` } },
  ],
  // One server a video provider, each on its own port.
  webServer: [
    { port: PORT, video: "jitsi" },
    { port: ZOOM_PORT, video: "zoom" },
  ].map(({ port, video }) => ({
    command: "node node_modules/tsx/dist/cli.mjs e2e/server.ts",
    url: `http://127.0.0.1:${port}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port), E2E_VIDEO: video },
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
