// Starting a session announces it in the pair's chat as a card linking to the waiting
// room. The meeting URL never goes into chat (README, API).
import type { Tx } from "@/lib/db";
import { getOrCreateConversation } from "@/lib/chat/get-or-create-conversation";

export async function postSessionLink({
  tx,
  sessionId,
  starter,
  otherUserId,
}: {
  tx: Tx;
  sessionId: number;
  starter: { id: number; name: string };
  otherUserId: number;
}): Promise<void> {
  const conversation = await getOrCreateConversation(tx, starter.id, otherUserId);
  const message = await tx.message.create({
    data: {
      conversationId: conversation.id,
      senderId: starter.id,
      kind: "session_link",
      text: `${starter.name} started a video session`,
      sessionId,
    },
    select: { createdAt: true },
  });
  await tx.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: message.createdAt } });
}
