import type { Db } from "@/lib/db";
import { answerFriendRequest } from "@/lib/friends/respond-to-request";

/** The sender takes back a pending request; the row stays, marked `withdrawn`. */
export async function withdrawFriendRequest({ db, requestId, userId }: { db: Db; requestId: number; userId: number }): Promise<void> {
  await answerFriendRequest({ db, requestId, userId, answer: "withdraw" });
}
