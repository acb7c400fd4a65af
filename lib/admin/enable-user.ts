// POST /admin/users/:id/enable: the account may sign in again (with a new sign-in: every
// credential from before the disable stays revoked).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertStillAdmin } from "@/lib/admin/admins-lock";
import { recordAdminAction } from "@/lib/admin/record-admin-action";
import { getAdminUser } from "@/lib/admin/get-user";

export async function enableUser({ db, admin, userId }: { db: Db; admin: { id: number }; userId: number }) {
  const target = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
  if (!target) throw new AppError("user_not_found");
  await db.$transaction(async (tx) => {
    await assertStillAdmin(tx, admin.id);
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "disabled", deletedAt: null },
      data: { status: "active", disabledReason: null, disabledAt: null, disabledById: null },
    });
    if (count > 0) await recordAdminAction(tx, { adminId: admin.id, action: "user_enabled", targetUserId: userId });
  });
  return getAdminUser({ db, userId });
}
