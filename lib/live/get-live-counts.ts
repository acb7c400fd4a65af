// The header's counts (README, Pages and Live updates): pending friend requests to you, chats with
// unread messages from a friend, and open sessions waiting for you to act.
import type { Db } from "@/lib/db";
import { friendConversations, unreadCounts } from "@/lib/chat/unread-counts";
import { OPEN_STATUSES, isWaitingFor, sideOf } from "@/lib/sessions/rules";
import type { LiveCountsResponse } from "@/lib/live/schemas";

export type LiveCounts = { incomingRequests: number; unreadChats: number; waitingSessions: number };

export async function getLiveCounts({ db, userId }: { db: Db; userId: number }): Promise<LiveCounts> {
  const [incomingRequests, friendships, openSessions] = await Promise.all([
    db.friendRequest.count({ where: { toUserId: userId, status: "pending" } }),
    db.friendship.findMany({ where: { OR: [{ userLowId: userId }, { userHighId: userId }] }, select: { userLowId: true, userHighId: true } }),
    db.session.findMany({
      where: { status: { in: [...OPEN_STATUSES] }, OR: [{ initiatorId: userId }, { participantId: userId }] },
      select: { status: true, initiatorId: true, participantId: true, startedById: true, initiatorReady: true, participantReady: true },
    }),
  ]);
  const friendIds = new Set(friendships.map((row) => (row.userLowId === userId ? row.userHighId : row.userLowId)));
  const unread = await unreadCounts({ db, userId, friendOf: await friendConversations({ db, userId, friendIds }) });
  return {
    incomingRequests,
    unreadChats: [...unread.values()].filter((count) => count > 0).length,
    waitingSessions: openSessions.filter((session) => isWaitingFor(session, sideOf(session, userId)!)).length,
  };
}

export function liveCountsDto(counts: LiveCounts): LiveCountsResponse {
  return { incoming_requests: counts.incomingRequests, unread_chats: counts.unreadChats, waiting_sessions: counts.waitingSessions };
}

export type LiveCountsDto = ReturnType<typeof liveCountsDto>;
