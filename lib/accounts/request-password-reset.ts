// POST /auth/password-reset: emails a reset link to an existing account, and answers the
// same, in the same time, for an address with no account (no account enumeration). Both
// limits count every request, known address or not, so a 429 reveals nothing either.
import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { limits } from "@/lib/rate-limit/limits";
import { assertWithinLimit } from "@/lib/rate-limit/limiter";
import { hashToken, randomToken } from "@/lib/security/tokens";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { passwordResetMail } from "@/lib/mail/messages/password-reset";
import { logger } from "@/lib/log";

/**
 * No answer comes sooner than this after the request arrived, whichever path it took (the
 * link itself is made after the answer), which also slows down anyone trying addresses.
 */
export const PASSWORD_RESET_RESPONSE_FLOOR_MS = 500;

export async function requestPasswordReset({ db, email, clientAddress }: { db: Db; email: string; clientAddress: string | null }): Promise<void> {
  const startedAt = performance.now();
  try {
    await assertWithinLimit(db, limits().passwordResetAddress, clientAddress ?? "unknown");
    await assertWithinLimit(db, limits().passwordResetAccount, email);
    // Made and mailed after the answer: the known account's transaction never shows in
    // the response time, whatever the load. A link lost to a crash in between is asked for again.
    void issueResetLink(db, email).catch((error: unknown) => logger().error({ err: error }, "Password reset: could not issue a link"));
  } finally {
    const left = PASSWORD_RESET_RESPONSE_FLOOR_MS - (performance.now() - startedAt);
    if (left > 0) await sleep(left);
  }
}

async function issueResetLink(db: Db, email: string): Promise<void> {
  // Made whether or not the account exists: the same work on both paths.
  const token = randomToken(32);
  const tokenHash = hashToken(token);
  const config = env();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, status: true } });
    // Only active accounts get a link (a disabled one could not sign in with it anyway).
    if (!user || user.status !== "active") return;
    // One issue at a time per account, so "only the newest works" holds under parallel
    // requests (the partial unique index on live tokens backs it up).
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${user.id} FOR UPDATE`;
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + config.PASSWORD_RESET_TTL_SECONDS * 1000) },
      select: { id: true },
    });
    const mail = passwordResetMail({ name: user.name, token, validMinutes: Math.round(config.PASSWORD_RESET_TTL_SECONDS / 60) });
    await enqueueMail(tx, { recipient: user, mail });
  });
}
