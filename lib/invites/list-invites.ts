// GET /invites: the caller's links that still work.
import type { Db } from "@/lib/db";
import { inviteSelect } from "@/lib/invites/dto";

export async function listInvites({ db, userId }: { db: Db; userId: number }) {
  const rows = await db.invite.findMany({
    where: { inviterId: userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { id: "desc" },
    select: inviteSelect,
  });
  return rows.filter((row) => row.uses < row.maxUses);
}
