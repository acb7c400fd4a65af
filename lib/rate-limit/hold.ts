// Holds: "refuse X until T", shared by every app instance through the limiter's table.
// The video provider's 429 is remembered this way (README, Abuse limits), so new starts are
// refused at once instead of calling the provider again during its back-off.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { retryAfter } from "@/lib/rate-limit/limiter";

const holdKey = (name: string) => `hold:${name}`;

/** Holds `name` for `seconds`; a longer hold already in place is kept. */
export async function holdFor(db: Db, name: string, seconds: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO rate_limit_counters AS c (key, count, admitted, expires_at)
    VALUES (${holdKey(name)}::text, 0, false, now() + ${Math.ceil(seconds)}::int * interval '1 second')
    ON CONFLICT (key) DO UPDATE SET expires_at = GREATEST(c.expires_at, EXCLUDED.expires_at)`;
}

/** Seconds left on the hold, or null when there is none. */
export async function activeHold(db: Db, name: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ retry_after: number }[]>(activeHoldSql(name));
  return rows[0] ? retryAfter(rows[0]) : null;
}

/**
 * The hold's row as a query (one row, `retry_after`, while it lasts), for a caller that
 * checks it in the statement that does the work (lib/sessions/start-session.ts); the
 * limiter's `retryAfter` turns it into the Retry-After header.
 */
export function activeHoldSql(name: string): Prisma.Sql {
  return Prisma.sql`
    SELECT ceil(extract(epoch FROM expires_at - now()))::int AS retry_after
    FROM rate_limit_counters WHERE key = ${holdKey(name)}::text AND expires_at > now()`;
}
