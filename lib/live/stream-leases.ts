// The per-user limit on open event streams (README, Abuse limits), held in the database so it
// counts streams on every instance. Each open stream holds a lease row; the instance
// renews its leases with every heartbeat and deletes a lease when its stream closes. A
// lease whose instance died is not renewed and stops counting once it expires.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function acquireStreamLease({ db, userId, limit, leaseSeconds }: { db: Db; userId: number; limit: number; leaseSeconds: number }): Promise<string> {
  const id = crypto.randomUUID();
  const outcome = await db.$transaction(async (tx) => {
    // Serialize acquisitions per user, so N parallel opens cannot all see room for one
    // more (NO KEY UPDATE does not block inserts that merely reference the user).
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR NO KEY UPDATE`;
    const now = new Date();
    await tx.eventStreamLease.deleteMany({ where: { userId, expiresAt: { lte: now } } });
    const live = await tx.eventStreamLease.findMany({ where: { userId }, select: { expiresAt: true }, orderBy: { expiresAt: "asc" } });
    if (live.length >= limit) return { retryAfterSeconds: Math.max(1, Math.ceil((live[0]!.expiresAt.getTime() - now.getTime()) / 1000)) };
    await tx.eventStreamLease.create({ data: { id, userId, expiresAt: new Date(now.getTime() + leaseSeconds * 1000) } });
    return null;
  });
  if (outcome) {
    throw new AppError(
      "rate_limited",
      `You already have ${limit} live-update streams open, the most allowed. Close one (for example another tab), or try again in ${outcome.retryAfterSeconds} seconds.`,
      { retryAfterSeconds: outcome.retryAfterSeconds },
    );
  }
  return id;
}

export async function renewStreamLeases({ db, ids, leaseSeconds }: { db: Db; ids: string[]; leaseSeconds: number }): Promise<void> {
  if (ids.length === 0) return;
  await db.eventStreamLease.updateMany({ where: { id: { in: ids } }, data: { expiresAt: new Date(Date.now() + leaseSeconds * 1000) } });
}

export async function releaseStreamLease({ db, id }: { db: Db; id: string }): Promise<void> {
  await db.eventStreamLease.deleteMany({ where: { id } });
}
