// The header's counts (README, Pages and Live updates): pending friend requests to you, chats with
// unread messages from a friend and those messages, and open sessions waiting for you to act.
import type { Db } from "@/lib/db";
import { unreadByFriendSql } from "@/lib/chat/unread-sql";
import { OPEN_STATUSES, isWaitingFor, sideOf, type SessionFacts } from "@/lib/sessions/rules";
import { PENDING_REQUEST } from "@/lib/friends/rules";
import type { LiveCountsResponse } from "@/lib/live/schemas";

type LiveCounts = { incomingRequests: number; unreadChats: number; unreadMessages: number; waitingSessions: number };

type CountsRow = { incomingRequests: number; unreadChats: number; unreadMessages: number; openSessions: SessionFacts[] | string };

/**
 * One statement: every open stream's counts are recomputed after each change that may
 * move them, so a burst of 50 messages recounts for 100 people, and five Prisma queries
 * each cost CPU the messages themselves were waiting for (bench/event-streams.ts).
 * A chat is unread by the rule of lib/chat/unread-sql.ts, which GET /chats shares;
 * whether a session waits for the caller is decided by rules.ts from the open sessions' facts.
 */
export async function getLiveCounts({ db, userId }: { db: Db; userId: number }): Promise<LiveCounts> {
  const [row] = await db.$queryRaw<CountsRow[]>`
    SELECT
      (SELECT count(*)::int FROM friend_requests WHERE to_user_id = ${userId} AND status = ${PENDING_REQUEST}::"FriendRequestStatus") AS "incomingRequests",
      (SELECT count(*)::int FROM (${unreadByFriendSql(userId)}) unread) AS "unreadChats",
      (SELECT COALESCE(sum(unread), 0)::int FROM (${unreadByFriendSql(userId)}) unread) AS "unreadMessages",
      (SELECT COALESCE(json_agg(json_build_object(
                'status', s.status, 'initiatorId', s.initiator_id, 'participantId', s.participant_id, 'startedById', s.started_by_id,
                'initiatorReady', s.initiator_ready, 'participantReady', s.participant_ready)), '[]'::json)
         FROM sessions s
        WHERE (s.initiator_id = ${userId} OR s.participant_id = ${userId}) AND s.status::text = ANY(${[...OPEN_STATUSES]}::text[])) AS "openSessions"`;
  const openSessions = typeof row!.openSessions === "string" ? (JSON.parse(row!.openSessions) as SessionFacts[]) : row!.openSessions;
  return {
    incomingRequests: Number(row!.incomingRequests),
    unreadChats: Number(row!.unreadChats),
    unreadMessages: Number(row!.unreadMessages),
    waitingSessions: countWaitingSessions(openSessions, userId),
  };
}

/** Of the caller's open sessions, those waiting for them: each is a session whose `waiting_for_you` is true. */
export function countWaitingSessions(openSessions: readonly SessionFacts[], userId: number): number {
  return openSessions.filter((session) => isWaitingFor(session, sideOf(session, userId)!)).length;
}

export function liveCountsDto(counts: LiveCounts): LiveCountsResponse {
  return { incoming_requests: counts.incomingRequests, unread_chats: counts.unreadChats, unread_messages: counts.unreadMessages, waiting_sessions: counts.waitingSessions };
}

export type LiveCountsDto = ReturnType<typeof liveCountsDto>;
