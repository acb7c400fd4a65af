import type { Db } from "@/lib/db";
import { personSelect, type Person } from "@/lib/friends/dto";

/** The caller's friends, alphabetically, each with the date the friendship began. */
export async function listFriends({ db, userId }: { db: Db; userId: number }): Promise<{ user: Person; since: Date }[]> {
  const rows = await db.friendship.findMany({
    where: { OR: [{ userLowId: userId }, { userHighId: userId }] },
    select: { createdAt: true, userLow: { select: personSelect }, userHigh: { select: personSelect } },
  });
  return rows
    .map((row) => ({ user: row.userLow.id === userId ? row.userHigh : row.userLow, since: row.createdAt }))
    .sort((a, b) => a.user.name.localeCompare(b.user.name, "en", { sensitivity: "base" }) || a.user.id - b.user.id);
}
