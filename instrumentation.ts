// Runs once when the server starts: refuse to serve with a broken configuration
// (in production, a missing AUTH_SECRET) instead of failing on the first request; then
// hook graceful shutdown into Next's own SIGTERM handling (lib/shutdown.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("@/lib/startup-check");
    checkConfigurationOrExit();
    const { installShutdownHandler } = await import("@/lib/shutdown");
    const { closeDb } = await import("@/lib/db");
    installShutdownHandler(() => closeDb({ forGood: true }));
  }
}
