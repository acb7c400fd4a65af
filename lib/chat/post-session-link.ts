// Starting a session announces it in the pair's chat as a card linking to the waiting
// room. The meeting URL never goes into chat (README, API).
import { Prisma } from "@/lib/generated/prisma/client";
import { orderedPair } from "@/lib/friends/pair";

/**
 * The announcement as two data-modifying CTEs (`link_conversation`, `link_message`) for
 * the statement that records the start, written only when `when` holds (the start was
 * recorded). As in lib/chat/post-message.ts: the conversation is created on first use, ON
 * CONFLICT DO UPDATE returns its id even when another transaction just created it, and
 * last_message_at is set there (GREATEST: a message that started earlier may commit later).
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
  const { userLowId, userHighId } = orderedPair(starter.id, otherUserId);
  return Prisma.sql`
    link_conversation AS (
      INSERT INTO conversations AS v (user_low_id, user_high_id, last_message_at)
      SELECT ${userLowId}::int, ${userHighId}::int, now() WHERE ${when}
      ON CONFLICT (user_low_id, user_high_id) DO UPDATE SET last_message_at = GREATEST(v.last_message_at, EXCLUDED.last_message_at)
      RETURNING v.id
    ),
    link_message AS (
      INSERT INTO messages (conversation_id, sender_id, kind, text, session_id, created_at)
      SELECT link_conversation.id, ${starter.id}::int, 'session_link'::"MessageKind", ${`${starter.name} started a video session`}::text, ${sessionId}::int, now()
        FROM link_conversation
      RETURNING id
    )`;
}
