// A chat message is the most frequent write, so it is one statement (README, Capacity):
// the friendship check, the count against the chat limit, the conversation (created on
// first use), the message and the conversation's last_message_at, each a CTE fed by the
// one before, so the statement does all of it or nothing (a refused or forbidden message
// counts nothing and stores nothing). The messages trigger announces it as any insert does.
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { areFriendsSql } from "@/lib/friends/are-friends";
import { touchConversationSql } from "@/lib/chat/touch-conversation-sql";
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
  // The message's created_at is the transaction's now(), as the conversation's last_message_at.
  const rows = await db.$queryRaw<PostedRow[]>`
    WITH counted AS (${countAttemptSql(limit, userId, areFriendsSql(userId, friendId))}),
    conversation AS (${touchConversationSql(userId, friendId, Prisma.sql`EXISTS (SELECT 1 FROM counted WHERE counted.admitted)`)}),
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
