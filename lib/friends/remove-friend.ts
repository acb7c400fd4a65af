// Unfriending. Any open session between the two is cancelled in the same transaction as
// the friendship row is deleted (docs/rules.md); the provider's meetings are closed first,
// outside it, like every provider call. The conversation and its messages stay.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orderedPair } from "@/lib/friends/pair";
import { areFriends } from "@/lib/friends/are-friends";
import { cancelOpenSessionsInTx, closeMeetingsMissedBefore, closeOpenMeetingsForPair } from "@/lib/sessions/cancel-open-sessions-for-pair";

export async function removeFriend({ db, user, friendId }: { db: Db; user: { id: number; name: string }; friendId: number }): Promise<{ cancelledSessionIds: number[] }> {
  if (!(await areFriends(db, user.id, friendId))) throw notFriends();
  const providerMetadata = await closeOpenMeetingsForPair(db, user.id, friendId);
  const cancelled = await db.$transaction(async (tx) => {
    const deleted = await tx.friendship.deleteMany({ where: orderedPair(user.id, friendId) });
    // A parallel unfriend got there first; its transaction cancelled the sessions.
    if (deleted.count === 0) throw notFriends();
    return cancelOpenSessionsInTx(tx, { a: user.id, b: friendId, actor: user, reason: "unfriended", providerMetadata });
  });
  await closeMeetingsMissedBefore(cancelled, providerMetadata);
  return { cancelledSessionIds: cancelled.map((session) => session.id) };
}

function notFriends() {
  return new AppError("friendship_not_found");
}
