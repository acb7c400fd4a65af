// A chat message is the most frequent write, so it is one statement (README, Capacity):
// the friendship check, the count against the chat limit, the conversation (created on
// first use), the message and the conversation's last_message_at, each a CTE fed by the
// one before, so the statement does all of it or nothing (a refused or forbidden message
// counts nothing and stores nothing). The messages trigger announces it as any insert does.
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { orderedPair } from "@/lib/friends/pair";
import type { MessageRow } from "@/lib/chat/dto";
import { limits } from "@/lib/rate-limit/limits";
import { cleanUpExpired, countAttemptSql, rateLimited, retryAfter } from "@/lib/rate-limit/limiter";

type PostedRow = {
  /** Null: not friends, so nothing was counted. */
  admitted: boolean | null;
  retry_after: number | null;
  id: number | null;
  kind: MessageRow["kind"] | null;
  text: string | null;
  session_id: number | null;
  created_at: Date | null;
  sender_id: number | null;
  sender_name: string | null;
};

/** A text message from the caller to a friend; the conversation is created on first use. */
export async function postMessage({ db, userId, friendId, text }: { db: Db; userId: number; friendId: number; text: string }): Promise<MessageRow> {
  const limit = limits().chatMessages;
  const { userLowId, userHighId } = orderedPair(userId, friendId);
  // The friendship rule of lib/friends/are-friends.ts (never oneself); an unknown id has no friendship row.
  const friends = Prisma.sql`${userId}::int <> ${friendId}::int
    AND EXISTS (SELECT 1 FROM friendships WHERE user_low_id = ${userLowId}::int AND user_high_id = ${userHighId}::int)`;
  // ON CONFLICT DO UPDATE (not DO NOTHING) returns the conversation's id even when another
  // transaction created it after this statement's snapshot (two first messages at once):
  // PostgreSQL waits for that insert and then updates the committed row. Setting
  // last_message_at in the insert itself matters, since no later CTE can update a row
  // this statement inserted. now() is the transaction's time, the message's created_at too;
  // GREATEST, since a send that started earlier may take the conversation's row lock later.
  const rows = await db.$queryRaw<PostedRow[]>`
    WITH counted AS (${countAttemptSql(limit, userId, friends)}),
    conversation AS (
      INSERT INTO conversations AS v (user_low_id, user_high_id, last_message_at)
      SELECT ${userLowId}::int, ${userHighId}::int, now() FROM counted WHERE counted.admitted
      ON CONFLICT (user_low_id, user_high_id) DO UPDATE SET last_message_at = GREATEST(v.last_message_at, EXCLUDED.last_message_at)
      RETURNING v.id
    ),
    message AS (
      INSERT INTO messages (conversation_id, sender_id, kind, text, created_at)
      SELECT conversation.id, ${userId}::int, 'text'::"MessageKind", ${text}::text, now() FROM conversation
      RETURNING id, kind::text AS kind, text, session_id, created_at
    )
    SELECT counted.admitted, counted.retry_after,
           message.id, message.kind, message.text, message.session_id, message.created_at,
           u.id AS sender_id, u.name AS sender_name
      FROM (SELECT 1) AS one
      LEFT JOIN counted ON true
      LEFT JOIN message ON true
      LEFT JOIN users u ON u.id = ${userId}::int AND message.id IS NOT NULL`;
  await cleanUpExpired(db);
  const row = rows[0]!;
  if (row.admitted === null) throw new AppError("not_friends", messages.chatNotFriends);
  if (!row.admitted) throw rateLimited(limit, retryAfter({ retry_after: row.retry_after! }));
  if (row.id === null || row.created_at === null) throw new Error("postMessage: the admitted message was not stored");
  return {
    id: row.id,
    kind: row.kind!,
    text: row.text!,
    sessionId: row.session_id,
    createdAt: row.created_at,
    sender: row.sender_id === null ? null : { id: row.sender_id, name: row.sender_name! },
  };
}
