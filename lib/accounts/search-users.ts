import type { Db } from "@/lib/db";
import { likeLiteral } from "@/lib/db/like";
import type { Friendship, UserSearchResponse } from "@/lib/accounts/schemas";

/** Up to 20 users whose name or email contains `query`, never the caller, with how they relate to the caller. */
export async function searchUsers({ db, userId, query }: { db: Db; userId: number; query: string }): Promise<UserSearchResponse> {
  const users = await db.user.findMany({
    where: {
      id: { not: userId },
      OR: [{ name: { contains: likeLiteral(query), mode: "insensitive" } }, { email: { contains: likeLiteral(query), mode: "insensitive" } }],
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  const ids = users.map((user) => user.id);
  if (ids.length === 0) return [];
  const [friendships, pending] = await Promise.all([
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
        status: "pending",
        OR: [
          { fromUserId: userId, toUserId: { in: ids } },
          { toUserId: userId, fromUserId: { in: ids } },
        ],
      },
      select: { fromUserId: true, toUserId: true },
    }),
  ]);
  const relation = new Map<number, Friendship>();
  for (const request of pending) {
    if (request.fromUserId === userId) relation.set(request.toUserId, "outgoing");
    else relation.set(request.fromUserId, "incoming");
  }
  for (const pair of friendships) relation.set(pair.userLowId === userId ? pair.userHighId : pair.userLowId, "friends");
  return users.map((user) => ({ ...user, friendship: relation.get(user.id) ?? "none" }));
}
