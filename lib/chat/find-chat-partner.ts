import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { areFriends } from "@/lib/friends/are-friends";
import { personSelect, type Person } from "@/lib/friends/dto";

/** The other person of a chat and whether the caller may talk to them; 404 if there is no such user. */
export async function findChatPartner(db: Db | Tx, { userId, friendId }: { userId: number; friendId: number }): Promise<Person & { isFriend: boolean }> {
  const user = await db.user.findUnique({ where: { id: friendId }, select: personSelect });
  if (!user) throw new AppError("user_not_found", "No such user.");
  return { ...user, isFriend: await areFriends(db, userId, friendId) };
}
