import type { Db } from "@/lib/db";

/**
 * Unread messages per friend: the friend's messages (session cards included) after the
 * caller's read marker, for conversations given as conversation id → friend id. Two
 * queries whatever the number of conversations.
 */
export async function unreadCounts({ db, userId, friendOf }: { db: Db; userId: number; friendOf: Map<number, number> }): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (friendOf.size === 0) return counts;
  const markers = await db.chatReadMarker.findMany({
    where: { userId, conversationId: { in: [...friendOf.keys()] } },
    select: { conversationId: true, lastReadMessageId: true },
  });
  const readUpTo = new Map(markers.map((marker) => [marker.conversationId, marker.lastReadMessageId]));
  const groups = await db.message.groupBy({
    by: ["conversationId"],
    where: {
      OR: [...friendOf].map(([conversationId, friendId]) => ({
        conversationId,
        senderId: friendId,
        id: { gt: readUpTo.get(conversationId) ?? 0 },
      })),
    },
    _count: { _all: true },
  });
  for (const group of groups) counts.set(friendOf.get(group.conversationId)!, group._count._all);
  return counts;
}

/** The caller's conversations with current friends, as conversation id → friend id. */
export async function friendConversations({ db, userId, friendIds }: { db: Db; userId: number; friendIds: Set<number> }): Promise<Map<number, number>> {
  const conversations = await db.conversation.findMany({
    where: { OR: [{ userLowId: userId }, { userHighId: userId }], lastMessageAt: { not: null } },
    select: { id: true, userLowId: true, userHighId: true },
  });
  const friendOf = new Map<number, number>();
  for (const conversation of conversations) {
    const other = conversation.userLowId === userId ? conversation.userHighId : conversation.userLowId;
    if (friendIds.has(other)) friendOf.set(conversation.id, other);
  }
  return friendOf;
}
