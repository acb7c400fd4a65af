import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { adminUserDto, adminUserSelect } from "@/lib/admin/user-dto";
import type { AdminUserDetailResponse } from "@/lib/admin/user-schemas";

/** One account as an admin sees it, with its counts and, when disabled, who did it and why. */
export async function getAdminUser({ db, userId }: { db: Db; userId: number }): Promise<AdminUserDetailResponse> {
  const row = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { ...adminUserSelect, disabledReason: true, disabledAt: true, disabledBy: { select: { id: true, name: true } } },
  });
  if (!row) throw new AppError("user_not_found");
  const [friends, sessions] = await Promise.all([
    db.friendship.count({ where: { OR: [{ userLowId: userId }, { userHighId: userId }] } }),
    db.session.count({ where: { OR: [{ initiatorId: userId }, { participantId: userId }] } }),
  ]);
  return {
    ...adminUserDto(row),
    friends_count: friends,
    sessions_count: sessions,
    disabled_reason: row.disabledReason,
    disabled_at: row.disabledAt ? row.disabledAt.toISOString() : null,
    disabled_by: row.disabledBy,
  };
}
