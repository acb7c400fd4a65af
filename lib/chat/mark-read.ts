// POST /chats/{friend_id}/read: the caller has seen the conversation up to a message.
// The marker only moves forward, so a stale tab reporting an older message cannot make
// read messages unread again.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orderedPair } from "@/lib/friends/pair";
import { assertCanChat } from "@/lib/chat/assert-can-chat";

export async function markRead({ db, userId, friendId, messageId }: { db: Db; userId: number; friendId: number; messageId: number }): Promise<void> {
  await assertCanChat(db, { userId, friendId });
  const conversation = await db.conversation.findUnique({ where: { userLowId_userHighId: orderedPair(userId, friendId) }, select: { id: true } });
  const message = conversation
    ? await db.message.findFirst({ where: { id: messageId, conversationId: conversation.id }, select: { id: true } })
    : null;
  if (!conversation || !message) {
    throw new AppError("validation_failed", { fields: { message_id: "No such message in this conversation" } });
  }
  const key = { userId, conversationId: conversation.id };
  // Two statements, each atomic: the insert does nothing when a marker exists, and the
  // guarded update only ever raises it, whatever order parallel requests land in.
  await db.chatReadMarker.createMany({ data: [{ ...key, lastReadMessageId: messageId }], skipDuplicates: true });
  await db.chatReadMarker.updateMany({
    where: { ...key, lastReadMessageId: { lt: messageId } },
    data: { lastReadMessageId: messageId, updatedAt: new Date() },
  });
}
