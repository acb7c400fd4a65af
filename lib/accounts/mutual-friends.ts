// How many friends the viewer shares with each of some users: a count only, so it tells
// same-named people apart without saying who those friends are (README, API: search).
import type { Db } from "@/lib/db";

export async function countMutualFriends({ db, viewerId, userIds }: { db: Db; viewerId: number; userIds: number[] }): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ user_id: number; mutual: number }[]>`
    WITH mine AS (
      SELECT CASE WHEN user_low_id = ${viewerId}::int THEN user_high_id ELSE user_low_id END AS id
      FROM friendships WHERE user_low_id = ${viewerId}::int OR user_high_id = ${viewerId}::int
    ), theirs AS (
      SELECT user_low_id AS owner, user_high_id AS friend FROM friendships WHERE user_low_id = ANY(${userIds}::int[])
      UNION ALL
      SELECT user_high_id, user_low_id FROM friendships WHERE user_high_id = ANY(${userIds}::int[])
    )
    SELECT owner AS user_id, count(*)::int AS mutual FROM theirs WHERE friend IN (SELECT id FROM mine) GROUP BY owner`;
  return new Map(rows.map((row) => [Number(row.user_id), Number(row.mutual)]));
}
