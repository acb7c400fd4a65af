// POST /auth/sign-out-everywhere: one bump of the token version revokes every cookie
// and bearer token issued so far, on every device; the password stays as it is.
import type { Db } from "@/lib/db";

export async function signOutEverywhere({ db, userId }: { db: Db; userId: number }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 }, signedOutReason: "signed_out_everywhere" }, select: { id: true } });
}
