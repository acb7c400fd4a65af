import type { Db } from "@/lib/db";
import { friendRequestSelect, type FriendRequestRow } from "@/lib/friends/dto";
import { PENDING_REQUEST } from "@/lib/friends/rules";

/** Pending requests to and from the caller, newest first. */
export async function listFriendRequests({ db, userId }: { db: Db; userId: number }): Promise<{ incoming: FriendRequestRow[]; outgoing: FriendRequestRow[] }> {
  const [incoming, outgoing] = await Promise.all([
    db.friendRequest.findMany({ where: { toUserId: userId, status: PENDING_REQUEST }, select: friendRequestSelect, orderBy: { id: "desc" } }),
    db.friendRequest.findMany({ where: { fromUserId: userId, status: PENDING_REQUEST }, select: friendRequestSelect, orderBy: { id: "desc" } }),
  ]);
  return { incoming, outgoing };
}
