// Only the two friends may read or write their conversation. After an unfriend the
// messages stay in the database but neither side can reach them through the API.
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { areFriends } from "@/lib/friends/are-friends";

export async function assertCanChat(db: Db | Tx, { userId, friendId }: { userId: number; friendId: number }): Promise<{ id: number; name: string }> {
  const friend = await db.user.findUnique({ where: { id: friendId }, select: { id: true, name: true } });
  if (!friend) throw new AppError("user_not_found", "No such user.");
  if (!(await areFriends(db, userId, friendId))) throw new AppError("not_friends", "You can only chat with your friends.");
  return friend;
}
