import type { Db } from "@/lib/db";
import { assertCanChat } from "@/lib/chat/assert-can-chat";
import { getOrCreateConversation } from "@/lib/chat/get-or-create-conversation";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";
import { limits } from "@/lib/rate-limit/limits";
import { withinLimit } from "@/lib/rate-limit/limiter";

/** A text message from the caller to a friend; the conversation is created on first use. */
export async function postMessage({ db, userId, friendId, text }: { db: Db; userId: number; friendId: number; text: string }): Promise<MessageRow> {
  await assertCanChat(db, { userId, friendId });
  // Counted before the insert (README, Abuse limits), given back if the insert fails.
  return withinLimit(db, limits().chatMessages, userId, () =>
    db.$transaction(async (tx) => {
      const conversation = await getOrCreateConversation(tx, userId, friendId);
      const message = await tx.message.create({
        data: { conversationId: conversation.id, senderId: userId, kind: "text", text },
        select: messageSelect,
      });
      await tx.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: message.createdAt } });
      return message;
    }),
  );
}
