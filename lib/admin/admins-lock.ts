// The last-admin rule (README, Admin): a demotion, a disable or an account deletion must
// never leave no active admin. Every change that can remove an admin takes this one
// transaction-scoped advisory lock first and counts the others after it, so two admins
// demoting each other at once are serialized and the second one sees the first's change.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

const ADMINS_LOCK_ID = 7_270_022;

export async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${ADMINS_LOCK_ID}::bigint)) AS l`;
}

/** Throws 409 `last_admin` unless an active admin other than `userId` remains. Call after `lockAdmins`. */
export async function assertAnotherAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({ where: { role: "admin", status: "active", deletedAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("last_admin");
}

/**
 * The acting admin is still an active admin, read under the lock: the role on the request
 * came from a cache, and two admins disabling or demoting each other at once must not both
 * succeed. Anyone else is told the endpoint does not exist, as withAdmin does.
 */
export async function assertStillAdmin(tx: Tx, adminId: number): Promise<void> {
  const admin = await tx.user.findFirst({ where: { id: adminId, role: "admin", status: "active", deletedAt: null }, select: { id: true } });
  if (!admin) throw new AppError("not_found");
}
