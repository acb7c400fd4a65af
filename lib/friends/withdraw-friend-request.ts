import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerRequestInTx, findFriendRequest, notPending } from "@/lib/friends/respond-to-request";

/** The sender takes back a pending request; the row stays, marked `withdrawn`. */
export async function withdrawFriendRequest({ db, requestId, userId }: { db: Db; requestId: number; userId: number }): Promise<void> {
  const row = await findFriendRequest(db, requestId);
  if (row.fromUser.id !== userId) throw new AppError("not_sender");
  if (row.status !== "pending") throw notPending(row);
  await db.$transaction((tx) => answerRequestInTx(tx, row, "withdrawn"));
}
