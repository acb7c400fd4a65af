import type { Db } from "@/lib/db";
import { personSelect, type Person } from "@/lib/friends/dto";
import { presenceOf, type Presence } from "@/lib/presence/presence-of";

export type FriendRow = { user: Person; since: Date; presence: Presence | undefined };

/** The caller's friends, alphabetically, each with the date the friendship began and their presence (README, Presence). */
export async function listFriends({ db, userId, withPresence = true }: { db: Db; userId: number; withPresence?: boolean }): Promise<FriendRow[]> {
  const rows = await db.friendship.findMany({
    where: { OR: [{ userLowId: userId }, { userHighId: userId }] },
    select: { createdAt: true, userLow: { select: personSelect }, userHigh: { select: personSelect } },
  });
  const friends = rows.map((row) => ({ user: row.userLow.id === userId ? row.userHigh : row.userLow, since: row.createdAt }));
  // The chat list (cached by the change feed, which does not carry presence) leaves it out.
  const presence = withPresence ? await presenceOf({ db, userIds: friends.map((friend) => friend.user.id) }) : new Map<number, Presence>();
  return friends
    .map((friend) => ({ ...friend, presence: presence.get(friend.user.id) }))
    .sort((a, b) => a.user.name.localeCompare(b.user.name, "en", { sensitivity: "base" }) || a.user.id - b.user.id);
}
