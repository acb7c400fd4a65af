import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FriendRequestRow } from "@/lib/friends/dto";
import { answerRequestInTx, findFriendRequest, notPending } from "@/lib/friends/respond-to-request";

/** The recipient accepts a pending request; the friendship starts in the same transaction. */
export async function acceptFriendRequest({ db, requestId, userId }: { db: Db; requestId: number; userId: number }): Promise<FriendRequestRow> {
  const row = await findFriendRequest(db, requestId);
  if (row.toUser.id !== userId) throw new AppError("not_recipient");
  if (row.status !== "pending") throw notPending(row);
  return db.$transaction((tx) => answerRequestInTx(tx, row, "accepted"));
}
