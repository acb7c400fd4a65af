import type { Db } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import type { Person } from "@/lib/friends/dto";
import { listFriends } from "@/lib/friends/list-friends";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";

type ChatList = { friend: Person; lastMessage: MessageRow | null }[];

// The home page polls this: kept per user until a message or friendship of theirs
// changes (or anyone's name or email, which a list shows).
function lists() {
  return sharedCache("chat-lists", () =>
    new FeedCache<number, ChatList>({
      feed: changeFeed(),
      keysFor: (change) => (change.kind === "user" ? "all" : change.kind === "message" || change.kind === "friendship" ? change.users : []),
      maxEntries: 20_000,
    }),
  );
}

/**
 * One entry per friend with the last message of the conversation, most recent first;
 * friends with no messages yet come last, alphabetically.
 */
export async function listChats({ db, userId }: { db: Db; userId: number }): Promise<ChatList> {
  return lists().get(userId, () => readChats(db, userId));
}

async function readChats(db: Db, userId: number): Promise<ChatList> {
  const friends = await listFriends({ db, userId });
  if (friends.length === 0) return [];
  const friendIds = new Set(friends.map((friend) => friend.user.id));
  const conversations = await db.conversation.findMany({
    where: { OR: [{ userLowId: userId }, { userHighId: userId }], lastMessageAt: { not: null } },
    select: { id: true, userLowId: true, userHighId: true },
  });
  const friendOf = new Map<number, number>();
  for (const conversation of conversations) {
    const other = conversation.userLowId === userId ? conversation.userHighId : conversation.userLowId;
    if (friendIds.has(other)) friendOf.set(conversation.id, other);
  }
  // Two queries whatever the number of friends: the last id per conversation, then those rows.
  const lastIds = friendOf.size
    ? await db.message.groupBy({ by: ["conversationId"], where: { conversationId: { in: [...friendOf.keys()] } }, _max: { id: true } })
    : [];
  const ids = lastIds.map((group) => group._max.id).filter((id): id is number => id !== null);
  const messages = ids.length ? await db.message.findMany({ where: { id: { in: ids } }, select: { ...messageSelect, conversationId: true } }) : [];
  const lastByFriend = new Map<number, MessageRow>();
  for (const { conversationId, ...message } of messages) lastByFriend.set(friendOf.get(conversationId)!, message);

  const entries = friends.map((friend) => ({ friend: friend.user, lastMessage: lastByFriend.get(friend.user.id) ?? null }));
  // Stable sort: friends without messages keep their alphabetical order at the end.
  return entries.sort((a, b) => (b.lastMessage?.id ?? 0) - (a.lastMessage?.id ?? 0));
}
