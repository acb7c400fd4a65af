import { ConfigError, loadEnv } from "@/lib/env";

/** Refuses to serve with a broken configuration, including a missing AUTH_SECRET. */
export function checkConfigurationOrExit(): void {
  try {
    // Reading the secret is the check: there is no fallback (lib/env.ts).
    void loadEnv().AUTH_SECRET;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Not the logger: it reads the very configuration that just failed to load.
    console.error(`\nPairline cannot start: ${error.message}\n`);
    process.exit(1);
  }
}
