import type { Db } from "@/lib/db";
import type { FriendRequestRow } from "@/lib/friends/dto";
import { answerFriendRequest } from "@/lib/friends/respond-to-request";

/** The recipient accepts a pending request; the friendship starts in the same transaction. */
export async function acceptFriendRequest({ db, requestId, userId }: { db: Db; requestId: number; userId: number }): Promise<FriendRequestRow> {
  return answerFriendRequest({ db, requestId, userId, answer: "accept" });
}
