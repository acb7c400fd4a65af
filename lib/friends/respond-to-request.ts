// Accepting, declining and withdrawing share one shape: load the request, check who may
// act on it, then move it out of `pending` with a guarded update so that of several
// parallel answers exactly one wins.
import type { Db, Tx } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { orderedPair } from "@/lib/friends/pair";
import { friendRequestSelect, type FriendRequestRow } from "@/lib/friends/dto";

export type RequestAnswer = "accepted" | "declined" | "withdrawn";

export async function findFriendRequest(db: Db | Tx, requestId: number): Promise<FriendRequestRow> {
  const row = await db.friendRequest.findUnique({ where: { id: requestId }, select: friendRequestSelect });
  if (!row) throw new AppError("request_not_found");
  return row;
}

export function notPending(row: { status: string }): AppError {
  return new AppError("request_not_pending", messages.requestNotPending(row.status));
}

/**
 * Moves a pending request to `answer` inside `tx`; an accepted request also creates the
 * friendship in the same transaction. Throws `request_not_pending` if another request
 * got there first.
 */
export async function answerRequestInTx(tx: Tx, row: FriendRequestRow, answer: RequestAnswer): Promise<FriendRequestRow> {
  const update = await tx.friendRequest.updateMany({
    where: { id: row.id, status: "pending" },
    data: { status: answer, respondedAt: new Date() },
  });
  if (update.count === 0) throw notPending(await findFriendRequest(tx, row.id));
  if (answer === "accepted") {
    // skipDuplicates: a friendship that already exists is the outcome we want anyway.
    await tx.friendship.createMany({ data: [orderedPair(row.fromUser.id, row.toUser.id)], skipDuplicates: true });
  }
  return { ...row, status: answer };
}
