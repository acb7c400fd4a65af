// Presence as stored (README, Presence): online per the one rule, pairline_is_online
// (migration 20261206012036_presence: a live event-stream lease, or a stream closed less
// than PRESENCE_GRACE_SECONDS ago), with when each user was last seen and whether they
// show it. What others may see of it is visiblePresence's business.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

export type Presence = { online: boolean; lastSeenAt: Date | null; showPresence: boolean };

export async function presenceOf({ db, userIds }: { db: Db; userIds: number[] }): Promise<Map<number, Presence>> {
  if (userIds.length === 0) return new Map();
  const grace = env().PRESENCE_GRACE_SECONDS;
  const rows = await db.$queryRaw<{ id: number; online: boolean; last_seen_at: Date | null; show_presence: boolean }[]>`
    SELECT id, pairline_is_online(id, ${grace}::int) AS online, last_seen_at, show_presence
    FROM users WHERE id = ANY(${userIds}::int[])`;
  return new Map(rows.map((row) => [row.id, { online: row.online, lastSeenAt: row.last_seen_at, showPresence: row.show_presence }]));
}

/**
 * What a friend sees: nothing for a user who hides their presence, else online or when
 * they were last seen (now, while online). Non-friends are never given presence at all.
 */
export function visiblePresence(presence: Presence | undefined, now = new Date()): { online: boolean; last_seen_at: string | null } {
  if (!presence?.showPresence) return { online: false, last_seen_at: null };
  if (presence.online) return { online: true, last_seen_at: now.toISOString() };
  return { online: false, last_seen_at: presence.lastSeenAt?.toISOString() ?? null };
}
