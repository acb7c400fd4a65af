// Only the two friends may read or write their conversation. After an unfriend the
// messages stay in the database but neither side can reach them through the API.
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findChatPartner } from "@/lib/chat/find-chat-partner";

export async function assertCanChat(db: Db | Tx, { userId, friendId }: { userId: number; friendId: number }): Promise<{ id: number; name: string }> {
  const partner = await findChatPartner(db, { userId, friendId });
  if (!partner.isFriend) throw new AppError("not_friends", "You can only chat with your friends.");
  return { id: partner.id, name: partner.name };
}
