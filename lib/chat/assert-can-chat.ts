// Only the two friends may read or write their conversation. After an unfriend the
// messages stay in the database but neither side can reach them through the API.
import type { Db, Tx } from "@/lib/db";
import { findChatPartner } from "@/lib/chat/find-chat-partner";

export async function assertCanChat(db: Db | Tx, { userId, friendId }: { userId: number; friendId: number }): Promise<{ id: number; name: string }> {
  const partner = await findChatPartner(db, { userId, friendId });
  return { id: partner.id, name: partner.name };
}
