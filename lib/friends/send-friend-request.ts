// Sending a friend request. If the other person already asked the caller, the two
// requests "cross" and their request is accepted instead of creating a second one.
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { areFriends } from "@/lib/friends/are-friends";
import { friendRequestSelect, type FriendRequestRow } from "@/lib/friends/dto";
import { answerRequestInTx } from "@/lib/friends/respond-to-request";
import { COOLDOWN_STATUS, PENDING_REQUEST } from "@/lib/friends/rules";
import { env } from "@/lib/env";
import { limits } from "@/lib/rate-limit/limits";
import { rateLimited, withinLimit } from "@/lib/rate-limit/limiter";
import { notifyUser } from "@/lib/mail/notify-user";
import { friendRequestReceivedMail } from "@/lib/mail/messages/friend-request-received";

const ATTEMPTS = 3;

export async function sendFriendRequest({
  db,
  fromUserId,
  toUserId,
}: {
  db: Db;
  fromUserId: number;
  toUserId: number;
}): Promise<{ request: FriendRequestRow; crossed: boolean }> {
  if (toUserId === fromUserId) {
    throw new AppError("cannot_befriend_self", { fields: { user_id: "Must be someone else" } });
  }
  const target = await db.user.findUnique({ where: { id: toUserId }, select: { id: true } });
  if (!target) throw new AppError("user_not_found");
  await assertNotRecentlyDeclined(db, fromUserId, toUserId);
  // Counted before anything is written; a request that is not sent (already friends,
  // already pending) gives its slot back.
  return withinLimit(db, limits().friendRequests, fromUserId, () => sendOrAccept(db, fromUserId, toUserId));
}

async function sendOrAccept(db: Db, fromUserId: number, toUserId: number): Promise<{ request: FriendRequestRow; crossed: boolean }> {
  // Each pass reads the pair's state and acts on it. A pass is repeated only when a
  // concurrent request changed that state underneath it.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await areFriends(db, fromUserId, toUserId)) throw alreadyFriends();
    const pending = await db.friendRequest.findFirst({
      where: {
        status: PENDING_REQUEST,
        OR: [
          { fromUserId, toUserId },
          { fromUserId: toUserId, toUserId: fromUserId },
        ],
      },
      select: friendRequestSelect,
    });
    if (pending?.fromUser.id === fromUserId) {
      throw new AppError("request_pending");
    }
    if (pending) {
      try {
        const accepted = await db.$transaction((tx) => answerRequestInTx(tx, pending, "accept"));
        return { request: accepted, crossed: true };
      } catch (error) {
        // Withdrawn or declined a moment ago: look again.
        if (error instanceof AppError && error.code === "request_not_pending") continue;
        throw error;
      }
    }
    try {
      const request = await db.$transaction(async (tx) => {
        const created = await tx.friendRequest.create({ data: { fromUserId, toUserId }, select: friendRequestSelect });
        // An accept that committed after the check above would leave a pending request
        // between friends; checking again after the insert closes that window.
        if (await areFriends(tx, fromUserId, toUserId)) throw alreadyFriends();
        await notifyUser(tx, {
          userId: toUserId,
          category: "email_friend_requests",
          render: (recipient) => friendRequestReceivedMail({ recipientName: recipient.name, senderName: created.fromUser.name }),
        });
        return created;
      });
      return { request, crossed: false };
    } catch (error) {
      // The partial unique index allows one pending request per pair: when both people
      // send at once, one insert loses here and the next pass treats it as crossed.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("invalid_state", "The friendship changed while we were updating it; try again.");
}

/** A declined request cannot be sent again to the same person for a while (README, Abuse limits). */
async function assertNotRecentlyDeclined(db: Db, fromUserId: number, toUserId: number): Promise<void> {
  const cooldownMs = env().FRIEND_REQUEST_DECLINE_COOLDOWN_SECONDS * 1000;
  const declined = await db.friendRequest.findFirst({
    where: { fromUserId, toUserId, status: COOLDOWN_STATUS, respondedAt: { gt: new Date(Date.now() - cooldownMs) } },
    orderBy: { respondedAt: "desc" },
    select: { respondedAt: true },
  });
  if (!declined?.respondedAt) return;
  const retryAfterSeconds = Math.ceil((declined.respondedAt.getTime() + cooldownMs - Date.now()) / 1000);
  throw rateLimited({ refusal: messages.declinedRecently }, retryAfterSeconds);
}

function alreadyFriends() {
  return new AppError("already_friends");
}
