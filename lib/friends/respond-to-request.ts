// Accepting, declining and withdrawing share one shape: load the request, check who may
// act on it (lib/friends/rules.ts), then move it out of `pending` with a guarded update
// so that of several parallel answers exactly one wins. An accept emails the sender
// (lib/mail/notify-user.ts) in the same transaction.
import type { Db, Tx } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { orderedPair } from "@/lib/friends/pair";
import { friendRequestSelect, type FriendRequestRow } from "@/lib/friends/dto";
import { notifyUser } from "@/lib/mail/notify-user";
import { friendRequestAcceptedMail } from "@/lib/mail/messages/friend-request-accepted";
import { PENDING_REQUEST, makesFriends, refusalOf, statusAfter, type RequestAnswer } from "@/lib/friends/rules";

async function findFriendRequest(db: Db | Tx, requestId: number): Promise<FriendRequestRow> {
  const row = await db.friendRequest.findUnique({ where: { id: requestId }, select: friendRequestSelect });
  if (!row) throw new AppError("request_not_found");
  return row;
}

function notPending(row: { status: string }): AppError {
  return new AppError("request_not_pending", messages.requestNotPending(row.status));
}

/** `userId` gives `answer` to the request, if the rules let them. */
export async function answerFriendRequest({ db, requestId, userId, answer }: { db: Db; requestId: number; userId: number; answer: RequestAnswer }): Promise<FriendRequestRow> {
  const row = await findFriendRequest(db, requestId);
  const refusal = refusalOf(answer, row, userId);
  if (refusal === "request_not_pending") throw notPending(row);
  if (refusal) throw new AppError(refusal);
  return db.$transaction((tx) => answerRequestInTx(tx, row, answer));
}

/**
 * Moves a pending request on by `answer` inside `tx`; an accepted request also creates
 * the friendship in the same transaction. Throws `request_not_pending` if another
 * request got there first.
 */
export async function answerRequestInTx(tx: Tx, row: FriendRequestRow, answer: RequestAnswer): Promise<FriendRequestRow> {
  const status = statusAfter(answer);
  const update = await tx.friendRequest.updateMany({
    where: { id: row.id, status: PENDING_REQUEST },
    data: { status, respondedAt: new Date() },
  });
  if (update.count === 0) throw notPending(await findFriendRequest(tx, row.id));
  if (makesFriends(status)) {
    // skipDuplicates: a friendship that already exists is the outcome we want anyway.
    await tx.friendship.createMany({ data: [orderedPair(row.fromUser.id, row.toUser.id)], skipDuplicates: true });
    await notifyUser(tx, {
      userId: row.fromUser.id,
      category: "email_friend_requests",
      render: (recipient) => friendRequestAcceptedMail({ recipientName: recipient.name, accepterName: row.toUser.name }),
    });
  }
  return { ...row, status };
}
