// POST /auth/password-reset/confirm: a live reset link sets a new password. The link is
// claimed by one guarded update in the same transaction as the change, so it works
// once; the token version moves on (every cookie and bearer token ends) and the
// account's failed sign-ins are forgotten (the lock-out lifts).
import type { Db } from "@/lib/db";
import { AppError, messages } from "@/lib/errors";
import { hashPassword } from "@/lib/accounts/passwords";
import { assertStrongPassword } from "@/lib/accounts/password-strength";
import { clearLoginFailures } from "@/lib/accounts/login-rate-limit";
import { hashToken } from "@/lib/security/tokens";

const invalid = () => new AppError("token_invalid", messages.resetTokenInvalid);
const live = () => ({ usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });

export async function confirmPasswordReset({ db, token, newPassword }: { db: Db; token: string; newPassword: string }): Promise<void> {
  const tokenHash = hashToken(token);
  const found = await db.passwordResetToken.findFirst({
    where: { tokenHash, ...live() },
    select: { id: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!found) throw invalid();
  // Judged before the link is used up, so a refused password leaves it working.
  assertStrongPassword(newPassword, found.user, "new_password");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.passwordResetToken.updateMany({ where: { id: found.id, ...live() }, data: { usedAt: new Date() } });
    if (count === 0) throw invalid();
    await tx.user.update({ where: { id: found.user.id }, data: { passwordHash, tokenVersion: { increment: 1 }, signedOutReason: "password_changed" }, select: { id: true } });
    await clearLoginFailures(tx, found.user.email);
  });
}
