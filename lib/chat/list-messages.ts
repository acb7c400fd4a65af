import type { Db } from "@/lib/db";
import { orderedPair } from "@/lib/friends/pair";
import { assertCanChat } from "@/lib/chat/assert-can-chat";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";
import { MESSAGE_PAGE_SIZE } from "@/lib/chat/schemas";

/**
 * Messages of the caller's conversation with a friend, oldest first: those after
 * `after` (the next page for a poller), the page just older than `before` ("Load
 * earlier"), or else the latest page. Reading never creates the conversation.
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
  await assertCanChat(db, { userId, friendId });
  const conversation = await db.conversation.findUnique({ where: { userLowId_userHighId: orderedPair(userId, friendId) }, select: { id: true } });
  if (!conversation) return [];
  if (after !== undefined) {
    return db.message.findMany({
      where: { conversationId: conversation.id, id: { gt: after } },
      select: messageSelect,
      orderBy: { id: "asc" },
      take: MESSAGE_PAGE_SIZE,
    });
  }
  const latest = await db.message.findMany({
    where: { conversationId: conversation.id, ...(before !== undefined ? { id: { lt: before } } : {}) },
    select: messageSelect,
    orderBy: { id: "desc" },
    take: MESSAGE_PAGE_SIZE,
  });
  return latest.reverse();
}
