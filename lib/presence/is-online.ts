// Presence (README, Presence): online while an event stream's lease is live on any
// instance, and for 10 s after the last one closed (`users.last_seen_at`).
import type { Db, Tx } from "@/lib/db";

const GRACE_SECONDS = 10;

export async function isOnline({ db, userId }: { db: Db | Tx; userId: number }): Promise<boolean> {
  const rows = await db.$queryRaw<{ online: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM event_stream_leases WHERE user_id = ${userId}::int AND expires_at > now())
        OR EXISTS (SELECT 1 FROM users WHERE id = ${userId}::int AND last_seen_at > now() - ${GRACE_SECONDS}::int * interval '1 second')
      AS online`;
  return rows[0]?.online === true;
}
