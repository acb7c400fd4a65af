import type { Db, Tx } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { areFriends } from "@/lib/friends/are-friends";
import { personSelect, type Person } from "@/lib/friends/dto";

/**
 * The friend the caller chats with. Anyone else, an unknown id included, is the same 403
 * `not_friends` with no name (README, Browser security and privacy): the chat paths tell a stranger nothing about
 * who exists or what they are called.
 */
export async function findChatPartner(db: Db | Tx, { userId, friendId }: { userId: number; friendId: number }): Promise<Person> {
  if (friendId !== userId && (await areFriends(db, userId, friendId))) {
    const user = await db.user.findUnique({ where: { id: friendId }, select: personSelect });
    if (user) return user;
  }
  throw new AppError("not_friends", messages.chatNotFriends);
}
