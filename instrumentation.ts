// Runs once when the server starts: refuse to serve with a broken configuration
// (in production, a missing AUTH_SECRET) instead of failing on the first request, and
// start the change feed (lib/changes/).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("@/lib/startup-check");
    checkConfigurationOrExit();
    // Listen for changes from the start, so the first polls can already use the caches.
    const { changeFeed } = await import("@/lib/changes");
    changeFeed();
    // Open event streams keep `next start` from exiting on SIGTERM until their clients
    // leave (STACK-NOTES): close them so shutdown stays prompt.
    // TODO(issue 10): register closeAllEventStreams with lib/shutdown.ts once it is merged.
    const { closeAllEventStreams } = await import("@/lib/live/event-hub");
    process.once("SIGTERM", closeAllEventStreams);
  }
}
