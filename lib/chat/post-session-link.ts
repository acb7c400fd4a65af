// Starting a session announces it in the pair's chat as a card linking to the waiting
// room. The meeting URL never goes into chat (README, API).
import { Prisma } from "@/lib/generated/prisma/client";
import { touchConversationSql } from "@/lib/chat/touch-conversation-sql";

/**
 * The announcement as two data-modifying CTEs (`link_conversation`, `link_message`) for
 * the statement that records the start, written only when `when` holds (the start was
 * recorded), the conversation created on first use (touch-conversation-sql.ts).
 * The messages trigger announces the message as any insert does.
 */
export function sessionLinkCtes({
  sessionId,
  starter,
  otherUserId,
  when,
}: {
  sessionId: number;
  starter: { id: number; name: string };
  otherUserId: number;
  when: Prisma.Sql;
}): Prisma.Sql {
  return Prisma.sql`
    link_conversation AS (${touchConversationSql(starter.id, otherUserId, when)}),
    link_message AS (
      INSERT INTO messages (conversation_id, sender_id, kind, text, session_id, created_at)
      SELECT link_conversation.id, ${starter.id}::int, 'session_link'::"MessageKind", ${`${starter.name} started a video session`}::text, ${sessionId}::int, now()
        FROM link_conversation
      RETURNING id
    )`;
}
