import type { Db } from "@/lib/db";
import type { FriendRequestRow } from "@/lib/friends/dto";
import { answerFriendRequest } from "@/lib/friends/respond-to-request";

/** The recipient declines a pending request. The sender may ask again later. */
export async function declineFriendRequest({ db, requestId, userId }: { db: Db; requestId: number; userId: number }): Promise<FriendRequestRow> {
  return answerFriendRequest({ db, requestId, userId, answer: "decline" });
}
