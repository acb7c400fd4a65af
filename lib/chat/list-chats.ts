import type { Db } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import type { Person } from "@/lib/friends/dto";
import { listFriends } from "@/lib/friends/list-friends";
import { messageSelect, type MessageRow } from "@/lib/chat/dto";
import { unreadByFriendSql } from "@/lib/chat/unread-sql";

type ChatEntry = { friend: Person; lastMessage: MessageRow | null; unreadCount: number };

// The home page polls this: kept per user until a message, read marker or friendship of
// theirs changes (or anyone's name or email, which a list shows).
function lists() {
  return sharedCache("chat-lists", () =>
    new FeedCache<number, ChatEntry[]>({
      feed: changeFeed(),
      keysFor: (change) =>
        change.kind === "user" ? "all" : change.kind === "message" || change.kind === "friendship" || change.kind === "read_marker" ? change.users : [],
      maxEntries: 20_000,
    }),
  );
}

/**
 * One entry per friend with the last message of the conversation and how many of the
 * friend's messages the caller has not read, most recent first; friends with no
 * messages yet come last, alphabetically.
 */
export async function listChats({ db, userId }: { db: Db; userId: number }): Promise<ChatEntry[]> {
  return lists().get(userId, () => readChats(db, userId));
}

async function readChats(db: Db, userId: number): Promise<ChatEntry[]> {
  const friends = await listFriends({ db, userId, withPresence: false });
  if (friends.length === 0) return [];
  const friendOf = await friendConversations(db, userId, new Set(friends.map((friend) => friend.user.id)));
  // A fixed number of queries whatever the number of friends: the last id per
  // conversation, then those rows, and the unread counts.
  const [lastIds, unreadRows] = await Promise.all([
    friendOf.size
      ? db.message.groupBy({ by: ["conversationId"], where: { conversationId: { in: [...friendOf.keys()] } }, _max: { id: true } })
      : [],
    db.$queryRaw<{ friend_id: number; unread: number }[]>`SELECT friend_id, unread FROM (${unreadByFriendSql(userId)}) unread`,
  ]);
  const unread = new Map(unreadRows.map((row) => [Number(row.friend_id), Number(row.unread)]));
  const ids = lastIds.map((group) => group._max.id).filter((id): id is number => id !== null);
  const messages = ids.length ? await db.message.findMany({ where: { id: { in: ids } }, select: { ...messageSelect, conversationId: true } }) : [];
  const lastByFriend = new Map<number, MessageRow>();
  for (const { conversationId, ...message } of messages) lastByFriend.set(friendOf.get(conversationId)!, message);

  const entries = friends.map((friend) => ({
    friend: friend.user,
    lastMessage: lastByFriend.get(friend.user.id) ?? null,
    unreadCount: unread.get(friend.user.id) ?? 0,
  }));
  // Stable sort: friends without messages keep their alphabetical order at the end.
  return entries.sort((a, b) => (b.lastMessage?.id ?? 0) - (a.lastMessage?.id ?? 0));
}

/** The caller's conversations with current friends, as conversation id → friend id. */
async function friendConversations(db: Db, userId: number, friendIds: Set<number>): Promise<Map<number, number>> {
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
