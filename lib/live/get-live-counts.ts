// The header's counts (README, Pages and Live updates): pending friend requests to you, chats with
// unread messages from a friend, and open sessions waiting for you to act.
import type { Db } from "@/lib/db";
import { OPEN_STATUSES, isWaitingFor, sideOf, type SessionFacts } from "@/lib/sessions/rules";
import type { LiveCountsResponse } from "@/lib/live/schemas";

export type LiveCounts = { incomingRequests: number; unreadChats: number; waitingSessions: number };

type CountsRow = { incomingRequests: number; unreadChats: number; openSessions: SessionFacts[] | string };

/**
 * One statement: every open stream's counts are recomputed after each change that may
 * move them, so a burst of 50 messages recounts for 100 people, and five Prisma queries
 * each cost CPU the messages themselves were waiting for (bench/event-streams.ts).
 * A chat is unread when it has a message from the friend after the caller's read marker
 * (the rule of lib/chat/unread-counts.ts, which GET /chats counts per chat); whether a
 * session waits for the caller is decided by rules.ts from the open sessions' facts.
 */
export async function getLiveCounts({ db, userId }: { db: Db; userId: number }): Promise<LiveCounts> {
  const [row] = await db.$queryRaw<CountsRow[]>`
    WITH friends AS (
      SELECT CASE WHEN user_low_id = ${userId} THEN user_high_id ELSE user_low_id END AS friend_id
      FROM friendships WHERE user_low_id = ${userId} OR user_high_id = ${userId}
    )
    SELECT
      (SELECT count(*)::int FROM friend_requests WHERE to_user_id = ${userId} AND status = 'pending') AS "incomingRequests",
      (SELECT count(*)::int FROM friends f
         JOIN conversations c ON c.user_low_id = LEAST(${userId}, f.friend_id) AND c.user_high_id = GREATEST(${userId}, f.friend_id)
        WHERE c.last_message_at IS NOT NULL
          AND EXISTS (
            SELECT 1 FROM messages m
             WHERE m.conversation_id = c.id AND m.sender_id = f.friend_id
               AND m.id > COALESCE((SELECT r.last_read_message_id FROM chat_read_markers r WHERE r.user_id = ${userId} AND r.conversation_id = c.id), 0)
          )) AS "unreadChats",
      (SELECT COALESCE(json_agg(json_build_object(
                'status', s.status, 'initiatorId', s.initiator_id, 'participantId', s.participant_id, 'startedById', s.started_by_id,
                'initiatorReady', s.initiator_ready, 'participantReady', s.participant_ready)), '[]'::json)
         FROM sessions s
        WHERE (s.initiator_id = ${userId} OR s.participant_id = ${userId}) AND s.status::text = ANY(${[...OPEN_STATUSES]}::text[])) AS "openSessions"`;
  const openSessions = typeof row!.openSessions === "string" ? (JSON.parse(row!.openSessions) as SessionFacts[]) : row!.openSessions;
  return {
    incomingRequests: Number(row!.incomingRequests),
    unreadChats: Number(row!.unreadChats),
    waitingSessions: openSessions.filter((session) => isWaitingFor(session, sideOf(session, userId)!)).length,
  };
}

export function liveCountsDto(counts: LiveCounts): LiveCountsResponse {
  return { incoming_requests: counts.incomingRequests, unread_chats: counts.unreadChats, waiting_sessions: counts.waitingSessions };
}

export type LiveCountsDto = ReturnType<typeof liveCountsDto>;
