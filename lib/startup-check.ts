import { ConfigError, loadEnv } from "@/lib/env";

export function checkConfigurationOrExit(): void {
  try {
    loadEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\nPairline cannot start: ${error.message}\n`);
    process.exit(1);
  }
}
