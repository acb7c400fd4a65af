// POST /admin/users/:id/role. The last-admin rule holds under concurrency (admins-lock.ts):
// of two admins demoting each other at once, the second is refused with 409 `last_admin`.
// The token version is bumped, so the new role applies to fresh credentials only.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAnotherAdmin, assertStillAdmin, lockAdmins } from "@/lib/admin/admins-lock";
import { recordAdminAction } from "@/lib/admin/record-admin-action";
import { getAdminUser } from "@/lib/admin/get-user";

type RoleValue = (typeof Role)[keyof typeof Role];

export async function changeRole({ db, admin, userId, role }: { db: Db; admin: { id: number }; userId: number; role: RoleValue }) {
  await db.$transaction(async (tx) => {
    await lockAdmins(tx);
    await assertStillAdmin(tx, admin.id);
    const target = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { role: true } });
    if (!target) throw new AppError("user_not_found");
    if (target.role === role) return;
    if (role !== "admin") await assertAnotherAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, tokenVersion: { increment: 1 }, signedOutReason: "role_changed" }, select: { id: true } });
    await recordAdminAction(tx, { adminId: admin.id, action: "role_changed", targetUserId: userId, details: { from: target.role, to: role } });
  });
  return getAdminUser({ db, userId });
}
