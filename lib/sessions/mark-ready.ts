import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { auditCte, auditValues, writeAudit } from "@/lib/sessions/audit";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { allowedFrom, assertAllowed, auditEventOf, statusGuard, type Side } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import type { AuditMetadata } from "@/lib/sessions/audit-metadata";
import { sessionRowAfter, toSessionRow, type RawSessionRow } from "@/lib/sessions/read-session";

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

/**
 * The usual case in one statement: the caller is one of the two, the status allows ready
 * (no time rule applies to those statuses) and their flag was not set yet; the audit entry
 * is written, and the row read back, by the same statement. Null when it changed nothing:
 * the loading path then says why (404, 403, 409) or answers the idempotent repeat.
 */
async function setReadyDirectly(db: Db, sessionId: number, user: { id: number; name: string }): Promise<SessionRow | null> {
  const audit = auditValues({ eventType: auditEventOf("ready"), userId: user.id, message: `${user.name} is ready` });
  const rows = await db.$queryRaw<RawSessionRow[]>`
    WITH updated AS (
      UPDATE sessions
         SET initiator_ready = initiator_ready OR initiator_id = ${user.id}::int,
             participant_ready = participant_ready OR participant_id = ${user.id}::int,
             updated_at = ${new Date()}
       WHERE id = ${sessionId}::int
         AND status::text IN (${Prisma.join(allowedFrom("ready"))})
         AND ((initiator_id = ${user.id}::int AND NOT initiator_ready) OR (participant_id = ${user.id}::int AND NOT participant_ready))
      RETURNING *),
    ${auditCte(audit)}
    ${sessionRowAfter}`;
  return rows[0] ? toSessionRow(rows[0]) : null;
}

export async function markReady({ db, sessionId, user }: { db: Db; sessionId: number; user: { id: number; name: string } }): Promise<SessionRow> {
  const direct = await setReadyDirectly(db, sessionId, user);
  if (direct) return direct;
  const { session, side } = await loadSessionForUser({ db, sessionId, userId: user.id });
  assertAllowed("ready", session.status);
  await db.$transaction((tx) => setReadyInTx(tx, { sessionId, side, user }));
  const after = await findSession(db, sessionId);
  assertAllowed("ready", after.status);
  return after;
}
