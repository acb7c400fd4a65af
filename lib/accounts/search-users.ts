import type { Db } from "@/lib/db";
import { likeLiteral } from "@/lib/db/like";
import { visiblePerson, type Viewer } from "@/lib/accounts/privacy";
import { PENDING_REQUEST } from "@/lib/friends/rules";
import { countMutualFriends } from "@/lib/accounts/mutual-friends";

import type { Friendship, UserSearchResponse } from "@/lib/accounts/schemas";

/**
 * Up to 20 users whose name contains `query`, or the one user whose email is exactly
 * `query` (README, API), never the caller, with how they relate to the caller. Matching
 * emails by substring would let anyone harvest them; an exact match only confirms an
 * address the caller already knows. Emails are stored lowercase, so a plain `=` is the
 * case-insensitive match (Prisma's insensitive `equals` is an ILIKE, where `%` would be a
 * wildcard). Emails are shown only where the privacy rules allow (README, Browser security and privacy);
 * the month someone joined and the number of mutual friends tell same-named people apart.
 */
export async function searchUsers({ db, viewer, query }: { db: Db; viewer: Viewer; query: string }): Promise<UserSearchResponse> {
  const userId = viewer.id;
  const users = await db.user.findMany({
    where: {
      id: { not: userId },
      // Disabled and deleted accounts cannot be found (README, Admin).
      status: "active",
      deletedAt: null,
      OR: [{ name: { contains: likeLiteral(query), mode: "insensitive" } }, { email: { equals: query.trim().toLowerCase() } }],
    },
    select: { id: true, name: true, email: true, createdAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  const ids = users.map((user) => user.id);
  if (ids.length === 0) return [];
  const [friendships, pending, mutual] = await Promise.all([
    db.friendship.findMany({
      where: {
        OR: [
          { userLowId: userId, userHighId: { in: ids } },
          { userHighId: userId, userLowId: { in: ids } },
        ],
      },
      select: { userLowId: true, userHighId: true },
    }),
    db.friendRequest.findMany({
      where: {
        status: PENDING_REQUEST,
        OR: [
          { fromUserId: userId, toUserId: { in: ids } },
          { toUserId: userId, fromUserId: { in: ids } },
        ],
      },
      select: { fromUserId: true, toUserId: true },
    }),
    countMutualFriends({ db, viewerId: userId, userIds: ids }),
  ]);
  const relation = new Map<number, Friendship>();
  for (const request of pending) {
    if (request.fromUserId === userId) relation.set(request.toUserId, "outgoing");
    else relation.set(request.fromUserId, "incoming");
  }
  for (const pair of friendships) relation.set(pair.userLowId === userId ? pair.userHighId : pair.userLowId, "friends");
  return users.map((user) => {
    const friendship = relation.get(user.id) ?? "none";
    return {
      ...visiblePerson(user, viewer, { friends: friendship === "friends", askedViewer: friendship === "incoming" }),
      friendship,
      joined_at: user.createdAt.toISOString().slice(0, 7),
      mutual_friends: mutual.get(user.id) ?? 0,
    };
  });
}
