// What a chat poll must know before reading messages: does the other person exist, are
// the two friends, and what is their conversation's newest message. One SQL statement,
// kept per (caller, friend) in a cache the change feed evicts on any message, friendship
// or user change of the two, so a poll with nothing new (`?after=<newest id>`) costs no
// query and an unfriend closes the chat on every instance at once.
import { getDb } from "@/lib/db";
import { changeFeed } from "@/lib/changes";
import { FeedCache, sharedCache } from "@/lib/changes/cache";
import { orderedPair } from "@/lib/friends/pair";
import type { Person } from "@/lib/friends/dto";

type ChatFacts = { partner: Person; isFriend: boolean; conversationId: number | null; lastMessageId: number | null };

const key = (userId: number, friendId: number) => `${userId}>${friendId}`;

function chats() {
  return sharedCache("chat-facts", () =>
    new FeedCache<string, ChatFacts | null>({
      feed: changeFeed(),
      keysFor: (change) => {
        if (change.kind === "user") return "all"; // a name shown in someone's chat
        if (change.kind !== "message" && change.kind !== "friendship") return [];
        const [a, b] = change.users;
        return a === undefined || b === undefined ? "all" : [key(a, b), key(b, a)];
      },
      maxEntries: 50_000,
      keep: (facts) => facts !== null,
    }),
  );
}

type Row = { id: number; name: string; email: string; isFriend: boolean; conversationId: number | null; lastMessageId: number | null };

/** The chat between `userId` and `friendId` as facts, or null if `friendId` is no user. */
export async function loadChatFacts({ userId, friendId }: { userId: number; friendId: number }): Promise<ChatFacts | null> {
  return chats().get(key(userId, friendId), async () => {
    const { userLowId, userHighId } = orderedPair(userId, friendId);
    const db = await getDb();
    const rows = await db.$queryRaw<Row[]>`
      SELECT u.id, u.name, u.email,
             EXISTS (SELECT 1 FROM friendships f WHERE f.user_low_id = ${userLowId} AND f.user_high_id = ${userHighId}) AS "isFriend",
             c.id AS "conversationId",
             (SELECT max(m.id) FROM messages m WHERE m.conversation_id = c.id) AS "lastMessageId"
      FROM users u
      LEFT JOIN conversations c ON c.user_low_id = ${userLowId} AND c.user_high_id = ${userHighId}
      WHERE u.id = ${friendId}`;
    const row = rows[0];
    if (!row) return null;
    return { partner: { id: row.id, name: row.name, email: row.email }, isFriend: row.isFriend && userId !== friendId, conversationId: row.conversationId, lastMessageId: row.lastMessageId };
  });
}
