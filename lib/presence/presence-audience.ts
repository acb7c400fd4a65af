// Who hears of users' presence changes, and what: each user's friends, and `online: false`
// while the user hides their presence (README, Presence). One statement for any number of
// users: a burst of streams opening (a restart's reconnects) announces hundreds at once.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

export type PresenceAudience = { online: boolean; friendIds: number[] };

/** Each user's audience; a user who no longer exists is left out. */
export async function presenceAudiences({ db, userIds }: { db: Db; userIds: number[] }): Promise<Map<number, PresenceAudience>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: number; online: boolean; friend_ids: number[] }[]>`
    SELECT u.id, u.show_presence AND pairline_is_online(u.id, ${env().PRESENCE_GRACE_SECONDS}::int) AS online,
           ARRAY(SELECT CASE WHEN f.user_low_id = u.id THEN f.user_high_id ELSE f.user_low_id END
                 FROM friendships f WHERE f.user_low_id = u.id OR f.user_high_id = u.id) AS friend_ids
    FROM users u WHERE u.id = ANY(${userIds}::int[])`;
  return new Map(rows.map((row) => [Number(row.id), { online: row.online, friendIds: row.friend_ids.map(Number) }]));
}
