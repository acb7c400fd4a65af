// DELETE /invites/:id: only the inviter's own links; anyone else's is a 404, as if it
// did not exist.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function revokeInvite({ db, userId, inviteId }: { db: Db; userId: number; inviteId: number }): Promise<void> {
  const { count } = await db.invite.updateMany({ where: { id: inviteId, inviterId: userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count > 0) return;
  const own = await db.invite.count({ where: { id: inviteId, inviterId: userId } });
  if (own === 0) throw new AppError("invite_not_found");
}
