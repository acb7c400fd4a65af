// The pair's conversation, created on first use, as the body of a data-modifying CTE for
// the statements that write a message (lib/chat/post-message.ts, post-session-link.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { orderedPair } from "@/lib/friends/pair";

/**
 * Returns the conversation's `id` when `when` holds, and moves its last_message_at to the
 * transaction's now(). ON CONFLICT DO UPDATE (not DO NOTHING) returns the id even when
 * another transaction created the row after this statement's snapshot (two first messages
 * at once): PostgreSQL waits for that insert and then updates the committed row. Setting
 * last_message_at in the insert itself matters, since no later CTE can update a row this
 * statement inserted; GREATEST, since a send that started earlier may take the row lock later.
 */
export function touchConversationSql(a: number, b: number, when: Prisma.Sql): Prisma.Sql {
  const { userLowId, userHighId } = orderedPair(a, b);
  return Prisma.sql`
      INSERT INTO conversations AS v (user_low_id, user_high_id, last_message_at)
      SELECT ${userLowId}::int, ${userHighId}::int, now() WHERE ${when}
      ON CONFLICT (user_low_id, user_high_id) DO UPDATE SET last_message_at = GREATEST(v.last_message_at, EXCLUDED.last_message_at)
      RETURNING v.id`;
}
