import type { Db, Tx } from "@/lib/db";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { assertAllowed, auditEventOf, statusGuard, type Side } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import type { AuditMetadata } from "@/lib/sessions/audit-metadata";

/**
 * Sets the caller's ready flag inside `tx`, with its audit entry. Returns false when the
 * flag was already set (ready is idempotent) or the session is no longer open.
 */
export async function setReadyInTx(
  tx: Tx,
  { sessionId, side, user, metadata }: { sessionId: number; side: Side; user: { id: number; name: string }; metadata?: AuditMetadata<"ready"> },
): Promise<boolean> {
  const flag = side === "initiator" ? "initiatorReady" : "participantReady";
  const update = await tx.session.updateMany({
    where: { id: sessionId, status: statusGuard("ready"), [flag]: false },
    data: { [flag]: true },
  });
  if (update.count === 0) return false;
  await writeAudit(tx, { sessionId, eventType: auditEventOf("ready"), userId: user.id, message: `${user.name} is ready`, metadata });
  return true;
}

export async function markReady({ db, sessionId, user }: { db: Db; sessionId: number; user: { id: number; name: string } }): Promise<SessionRow> {
  const { session, side } = await loadSessionForUser({ db, sessionId, userId: user.id });
  assertAllowed("ready", session.status);
  await db.$transaction((tx) => setReadyInTx(tx, { sessionId, side, user }));
  const after = await findSession(db, sessionId);
  assertAllowed("ready", after.status);
  return after;
}
