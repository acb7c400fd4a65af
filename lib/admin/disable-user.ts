// POST /admin/users/:id/disable (README, Admin). One transaction: the account is marked
// disabled and its token version bumped (every cookie, bearer token and event stream of
// theirs ends, on every instance, through the change feed), their open sessions are
// cancelled through the rules, and the admin actions log records who and why. A disabled
// account cannot sign in (lib/accounts/verify-credentials.ts) and is left out of search.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertStillAdmin, lockAdmins } from "@/lib/admin/admins-lock";
import { recordAdminAction } from "@/lib/admin/record-admin-action";
import { getAdminUser } from "@/lib/admin/get-user";
import { cancelSessionsOfUserInTx, closeOpenMeetingsOfUser } from "@/lib/sessions/cancel-sessions-of-user";
import { closeMeetingsMissedBefore } from "@/lib/sessions/cancel-open-sessions-for-pair";

export async function disableUser({ db, admin, userId, reason }: { db: Db; admin: { id: number }; userId: number; reason: string }) {
  if (userId === admin.id) throw new AppError("cannot_disable_self");
  const target = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
  if (!target) throw new AppError("user_not_found");
  // Provider calls happen outside the transaction (README, Sessions).
  const closed = await closeOpenMeetingsOfUser(db, userId);
  const cancelled = await db.$transaction(async (tx) => {
    // Two admins disabling each other at once: the second finds itself disabled here.
    await lockAdmins(tx);
    await assertStillAdmin(tx, admin.id);
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "active", deletedAt: null },
      data: { status: "disabled", disabledReason: reason, disabledAt: new Date(), disabledById: admin.id, tokenVersion: { increment: 1 } },
    });
    // Already disabled: nothing changes and nothing is logged again.
    if (count === 0) return [];
    await recordAdminAction(tx, { adminId: admin.id, action: "user_disabled", targetUserId: userId, reason });
    return cancelSessionsOfUserInTx(tx, { userId, actorId: admin.id, reason: "account_disabled", providerMetadata: closed });
  });
  await closeMeetingsMissedBefore(cancelled, closed);
  return getAdminUser({ db, userId });
}
