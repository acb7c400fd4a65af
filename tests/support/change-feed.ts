// The app instances' change-feed listeners, as PostgreSQL sees them (pg project only).
import { withSql } from "./sql";

/** LISTENER_APPLICATION_NAME in lib/changes/index.ts. */
export const LISTENER = "pairline-change-feed";

/**
 * Backend pids of the listener connections on the database that have run their LISTEN (a
 * connection that has not yet sent a query shows an empty `query`): from then on they
 * hear every change.
 */
export async function listenerPids(url?: string): Promise<number[]> {
  return withSql(
    async (client) =>
      (await client.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query <> ''`, [LISTENER])).rows.map(
        (row) => row.pid as number,
      ),
    url,
  );
}

/** Waits until `ready(pids)` holds for the listening connections (each server connects at boot, on a loaded machine not at once). */
export async function waitForListeners(ready: (pids: number[]) => boolean, url?: string, timeoutMs = 15_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let pids = await listenerPids(url);
  while (!ready(pids) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    pids = await listenerPids(url);
  }
  return pids;
}
