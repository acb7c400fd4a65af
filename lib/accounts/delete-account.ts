// DELETE /users/me (README, Deleting an account): the password proves it is the owner (a
// wrong one counts as a failed sign-in, with the same limits), then one transaction
// cancels their open sessions through the rules, erases everything personal and ends
// every credential. The last active admin cannot leave (409 `last_admin`).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UserRow } from "@/lib/accounts/dto";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { eraseAccountInTx } from "@/lib/accounts/erase-account";
import { assertAnotherAdmin, lockAdmins } from "@/lib/admin/admins-lock";
import { cancelSessionsOfUserInTx, closeOpenMeetingsOfUser } from "@/lib/sessions/cancel-sessions-of-user";
import { closeMeetingsMissedBefore } from "@/lib/sessions/cancel-open-sessions-for-pair";

const WRONG_PASSWORD = "The password is incorrect.";

export async function deleteAccount({ db, user, password, clientAddress }: { db: Db; user: UserRow; password: string; clientAddress: string | null }): Promise<void> {
  await verifyCredentials({ db, email: user.email, password, clientAddress }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "invalid_credentials") throw new AppError("invalid_credentials", WRONG_PASSWORD);
    throw error;
  });
  const closed = await closeOpenMeetingsOfUser(db, user.id);
  const cancelled = await db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const me = await tx.user.findFirst({ where: { id: user.id, deletedAt: null }, select: { role: true, status: true, email: true, name: true, tokenVersion: true } });
    // Signed out meanwhile (another device changed the password, or an admin disabled them).
    if (!me || me.tokenVersion !== user.tokenVersion) throw new AppError("not_authenticated", "You were signed out meanwhile. Sign in again.");
    if (me.role === "admin" && me.status === "active") await assertAnotherAdmin(tx, user.id);
    const ended = await cancelSessionsOfUserInTx(tx, { userId: user.id, actorId: user.id, reason: "account_deleted", providerMetadata: closed });
    await eraseAccountInTx(tx, { userId: user.id, email: me.email, name: me.name });
    return ended;
  });
  await closeMeetingsMissedBefore(cancelled, closed);
}
