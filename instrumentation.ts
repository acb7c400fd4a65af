// Runs once when the server starts: refuse to serve with a broken configuration
// (in production, a missing AUTH_SECRET) instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("@/lib/startup-check");
    checkConfigurationOrExit();
  }
}
