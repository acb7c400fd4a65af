// Who hears of a user's presence change, and what: their friends, and `online: false`
// while the user hides their presence (README, Presence).
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

export async function presenceAudience({ db, userId }: { db: Db; userId: number }): Promise<{ online: boolean; friendIds: number[] }> {
  const [row] = await db.$queryRaw<{ online: boolean; friend_ids: number[] }[]>`
    SELECT u.show_presence AND pairline_is_online(u.id, ${env().PRESENCE_GRACE_SECONDS}::int) AS online,
           ARRAY(SELECT CASE WHEN f.user_low_id = u.id THEN f.user_high_id ELSE f.user_low_id END
                 FROM friendships f WHERE f.user_low_id = u.id OR f.user_high_id = u.id) AS friend_ids
    FROM users u WHERE u.id = ${userId}::int`;
  return row ? { online: row.online, friendIds: row.friend_ids.map(Number) } : { online: false, friendIds: [] };
}
