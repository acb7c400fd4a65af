// Runs once when the server starts: refuse to serve with a broken configuration
// (in production, a missing AUTH_SECRET) instead of failing on the first request, set the
// server's keep-alive timeout (lib/server-timeouts.ts), serve the waiting room's poll
// without Next's router (lib/api/direct-routes.ts), start the change feed
// (lib/changes/), the mail outbox sender (lib/mail/outbox-sender.ts) and the scheduling
// loop (lib/scheduling/schedule-loop.ts), and hook graceful shutdown into Next's own SIGTERM handling
// (lib/shutdown.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("@/lib/startup-check");
    checkConfigurationOrExit();
    // Idle keep-alive connections outlive every client's and proxy's (lib/server-timeouts.ts).
    const { installServerTimeouts, drainKeepAlive } = await import("@/lib/server-timeouts");
    installServerTimeouts();
    // The waiting room's poll skips Next's router (lib/api/direct-routes.ts): ~1,000 users per instance instead of ~500.
    // Not under `next dev`, whose edits to the route would not reach a handler imported once here.
    const { env } = await import("@/lib/env");
    if (env().NODE_ENV !== "development") {
      const { directRoute, serveDirectly } = await import("@/lib/api/direct-routes");
      const joinEligibility = await import("@/app/api/v1/sessions/[id]/join-eligibility/route");
      serveDirectly([directRoute("/api/v1/sessions/[id]/join-eligibility", joinEligibility.GET)]);
    }
    // Listen for changes from the start, so the first polls can already use the caches.
    const { changeFeed } = await import("@/lib/changes");
    changeFeed();
    const { installShutdownHandler } = await import("@/lib/shutdown");
    const { closeDb } = await import("@/lib/db");
    installShutdownHandler(() => closeDb({ forGood: true }));
    // Open event streams keep `next start` from exiting on SIGTERM until their clients
    // leave (measured: `next start` waits for open responses): close them as shutdown begins so it stays prompt.
    const { onShutdown } = await import("@/lib/shutdown");
    const { closeAllEventStreams } = await import("@/lib/live/event-hub");
    onShutdown(closeAllEventStreams);
    // ...and let kept-alive connections go once their last response is out.
    onShutdown(drainKeepAlive);
    // Send the outbox's mail; on SIGTERM stop claiming (a row mid-send finishes, or its lease runs out and it is sent again).
    const { startMailSender, stopMailSender } = await import("@/lib/mail/outbox-sender");
    startMailSender();
    onShutdown(stopMailSender);
    // Reminders and missed sessions of scheduled sessions (lib/scheduling/schedule-loop.ts).
    const { startScheduleLoop, stopScheduleLoop } = await import("@/lib/scheduling/schedule-loop");
    startScheduleLoop();
    onShutdown(stopScheduleLoop);
  }
}
