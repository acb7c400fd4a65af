import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The unread rule, once, as SQL for both its readers (GET /chats per chat, and the
 * header's count of unread chats): a message is unread when a current friend sent it
 * (session cards included) after the caller's read marker for that conversation.
 * Rows: (friend_id, unread) for each friend with at least one unread message.
 */
export function unreadByFriendSql(userId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT f.friend_id, count(*)::int AS unread
      FROM (SELECT CASE WHEN user_low_id = ${userId} THEN user_high_id ELSE user_low_id END AS friend_id
              FROM friendships WHERE user_low_id = ${userId} OR user_high_id = ${userId}) f
      JOIN conversations c ON c.user_low_id = LEAST(${userId}, f.friend_id) AND c.user_high_id = GREATEST(${userId}, f.friend_id)
      LEFT JOIN chat_read_markers r ON r.user_id = ${userId} AND r.conversation_id = c.id
      JOIN messages m ON m.conversation_id = c.id AND m.sender_id = f.friend_id AND m.id > COALESCE(r.last_read_message_id, 0)
     GROUP BY f.friend_id`;
}
