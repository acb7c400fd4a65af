import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { loadChatFacts } from "@/lib/chat/chat-facts";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";
import { MESSAGE_PAGE_SIZE } from "@/lib/chat/schemas";

/**
 * Messages of the caller's conversation with a friend, oldest first: those after
 * `after` (the next page for a poller), the page just older than `before` ("Load
 * earlier"), or else the latest page. Reading never creates the conversation. The checks
 * come from the feed-evicted chat facts, so a poll with nothing newer than `after` reads
 * nothing.
 */
export async function listMessages({
  db,
  userId,
  friendId,
  after,
  before,
}: {
  db: Db;
  userId: number;
  friendId: number;
  after?: number;
  before?: number;
}): Promise<MessageRow[]> {
  const facts = await loadChatFacts({ userId, friendId });
  // Anyone but a friend, an unknown id included, gets the same 403 with no name
  // (lib/chat/find-chat-partner.ts).
  if (!facts?.isFriend) throw new AppError("not_friends", messages.chatNotFriends);
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
    where: { conversationId: facts.conversationId, ...(before !== undefined ? { id: { lt: before } } : {}) },
    select: messageSelect,
    orderBy: { id: "desc" },
    take: MESSAGE_PAGE_SIZE,
  });
  return latest.reverse();
}
