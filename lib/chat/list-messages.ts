import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadChatFacts } from "@/lib/chat/chat-facts";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";
import { MESSAGE_PAGE_SIZE } from "@/lib/chat/schemas";

/**
 * Messages of the caller's conversation with a friend, oldest first: those after
 * `after` (the next page for a poller), or else the latest page. Reading never creates
 * the conversation. The checks come from the feed-evicted chat facts, so a poll with
 * nothing newer than `after` reads nothing.
 */
export async function listMessages({ db, userId, friendId, after }: { db: Db; userId: number; friendId: number; after?: number }): Promise<MessageRow[]> {
  const facts = await loadChatFacts({ userId, friendId });
  if (!facts) throw new AppError("user_not_found", "No such user.");
  if (!facts.isFriend) throw new AppError("not_friends", "You can only chat with your friends.");
  if (facts.conversationId === null) return [];
  if (after !== undefined) {
    if (facts.lastMessageId === null || facts.lastMessageId <= after) return [];
    return db.message.findMany({
      where: { conversationId: facts.conversationId, id: { gt: after } },
      select: messageSelect,
      orderBy: { id: "asc" },
      take: MESSAGE_PAGE_SIZE,
    });
  }
  const latest = await db.message.findMany({
    where: { conversationId: facts.conversationId },
    select: messageSelect,
    orderBy: { id: "desc" },
    take: MESSAGE_PAGE_SIZE,
  });
  return latest.reverse();
}
