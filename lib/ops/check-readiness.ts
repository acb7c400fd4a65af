// Readiness (README, Operations): no new traffic once shutdown began, nor while the database
// does not answer `SELECT 1` within 2 s. Failures throw the same 503 an outage gives
// every other endpoint, so a load balancer and a client see one answer.
import { getDb } from "@/lib/db";
import { serviceUnavailable } from "@/lib/errors";
import { isShuttingDown } from "@/lib/shutdown";
import { isDatabaseUnavailable } from "@/lib/db/errors";

const READINESS_TIMEOUT_MS = 2_000;

export async function checkReadiness(): Promise<void> {
  if (isShuttingDown()) throw serviceUnavailable("This instance is shutting down.");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), READINESS_TIMEOUT_MS)));
  const probe = (async () => {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return "ok" as const;
  })();
  // A probe that loses the race still settles later; its failure is expected then.
  probe.catch(() => undefined);
  try {
    const outcome = await Promise.race([probe, timedOut]);
    if (outcome === "timeout") throw serviceUnavailable("The database did not answer in time.");
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable("The database cannot be reached.");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
