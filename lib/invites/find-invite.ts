// The register page opened from a link: who invited you, if the link still works.
import type { Db } from "@/lib/db";

export async function findInviter({ db, code }: { db: Db; code: string }): Promise<{ name: string } | null> {
  const invite = await db.invite.findUnique({
    where: { code },
    select: { uses: true, maxUses: true, revokedAt: true, expiresAt: true, inviter: { select: { name: true } } },
  });
  if (!invite || invite.revokedAt || invite.expiresAt <= new Date() || invite.uses >= invite.maxUses) return null;
  return { name: invite.inviter.name };
}
