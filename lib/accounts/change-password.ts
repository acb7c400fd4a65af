// POST /auth/password: the current password proves it is the owner (a stolen cookie
// alone cannot lock them out), and the change revokes every cookie and token issued
// before it, the caller's own included.
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { hashPassword } from "@/lib/accounts/passwords";
import { assertStrongPassword } from "@/lib/accounts/password-strength";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import type { UserRow } from "@/lib/accounts/dto";

export async function changePassword({
  db,
  user,
  currentPassword,
  newPassword,
  clientAddress,
}: {
  db: Db;
  user: UserRow;
  currentPassword: string;
  newPassword: string;
  clientAddress: string | null;
}): Promise<void> {
  if (newPassword === currentPassword) {
    throw new AppError("validation_failed", {
      fields: { new_password: "Choose a password different from the current one" },
    });
  }
  assertStrongPassword(newPassword, user, "new_password");
  // The sign-in check itself: a wrong current password counts as a failed sign-in for
  // this account and address, and the same limit answers 429.
  const verified = await verifyCredentials({ db, email: user.email, password: currentPassword, clientAddress }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "invalid_credentials") {
      throw new AppError("invalid_credentials", messages.wrongCurrentPassword);
    }
    throw error;
  });
  const passwordHash = await hashPassword(newPassword);
  // Guarded on the version the caller was authenticated under: if another change or
  // "sign out everywhere" got in first, this caller's credential is already revoked.
  const { count } = await db.user.updateMany({
    where: { id: verified.id, tokenVersion: user.tokenVersion },
    data: { passwordHash, tokenVersion: { increment: 1 }, signedOutReason: "password_changed" },
  });
  if (count === 0) throw new AppError("not_authenticated", "You were signed out meanwhile. Sign in again.");
}
