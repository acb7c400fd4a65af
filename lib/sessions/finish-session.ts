// Ending and cancelling share one path (end, cancel, an admin's cancel, the provider's
// "meeting ended" and an unfriend): close the meeting, then in one transaction move the
// session to its terminal state (guarded on the current state, so exactly one of several
// parallel requests wins), revoke outstanding join tokens and write the audit row.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { auditCte, auditValues, writeAudit } from "@/lib/sessions/audit";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { findSession } from "@/lib/sessions/load-session";
import { allowedFrom, auditEventOf, invalidState, SCHEDULED_STATUS, statusGuard, targetStatus, transition } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import type { AuditMetadata } from "@/lib/sessions/audit-metadata";
import { sessionRowAfter, toSessionRow, type RawSessionRow } from "@/lib/sessions/read-session";
import { now as clockNow } from "@/lib/clock";
import { notifyScheduleChange } from "@/lib/scheduling/notify-schedule";

type FinishAction = "end" | "cancel";

/** Each action's audit metadata (`ended` or `cancelled`). */
type FinishMetadata = { end: AuditMetadata<"ended">; cancel: AuditMetadata<"cancelled"> };

type FinishStep = {
  [A in FinishAction]: {
    sessionId: number;
    action: A;
    /** null for the system (a provider webhook). */
    actor: { id: number; name: string } | null;
    message: string;
    metadata?: FinishMetadata[A];
  };
}[FinishAction];

type WithoutSessionId<T> = T extends unknown ? Omit<T, "sessionId"> : never;

async function revokeJoinTokens(tx: Tx, sessionId: number, at: Date): Promise<void> {
  await tx.joinToken.updateMany({ where: { sessionId, usedAt: null, revokedAt: null }, data: { revokedAt: at } });
}

/**
 * The finishing step inside the caller's transaction. Returns false (and writes nothing)
 * when the session's status no longer allows the action: another request won.
 */
export async function finishInTx(tx: Tx, { sessionId, action, actor, message, metadata = {} }: FinishStep): Promise<boolean> {
  const now = new Date();
  // A scheduled session past its window is missed, not cancellable (rules.ts effectiveStatus).
  const notMissed = { OR: [{ scheduledEnd: null }, { scheduledEnd: { gte: clockNow() } }] };
  const before = await tx.session.findUnique({ where: { id: sessionId }, select: { status: true, initiatorId: true, participantId: true } });
  const update = await tx.session.updateMany({
    where: { id: sessionId, status: statusGuard(action), ...notMissed },
    // SEQUENCE rises on every cancellation, so calendars take the CANCEL over their copy.
    data: { status: targetStatus(action), endedAt: now, startClaimedAt: null, ...(action === "cancel" ? { sequence: { increment: 1 } } : {}) },
  });
  if (update.count === 0) return false;
  await revokeJoinTokens(tx, sessionId, now);
  await writeAudit(tx, { sessionId, eventType: auditEventOf(action), userId: actor?.id ?? null, message, metadata });
  if (before?.status === "scheduled") {
    // A planned session's cancellation is mailed (METHOD:CANCEL) to whoever did not cancel it.
    const recipients = [before.initiatorId, before.participantId].filter((id) => id !== actor?.id);
    await notifyScheduleChange(tx, { sessionId, kind: "cancelled", recipients });
  }
  return true;
}

/**
 * finishInTx in one statement for a session that is not scheduled (nobody is mailed and
 * no time rule applies): the guarded UPDATE, the token revocation and the audit entry are
 * data-modifying CTEs of it, so one transaction, and it reads the row back. Null when it
 * changed nothing; the caller then takes finishInTx, which decides as before.
 */
async function finishDirectly(db: Db, { sessionId, action, actor, message, metadata = {} }: FinishStep): Promise<SessionRow | null> {
  const statuses = allowedFrom(action).filter((status) => status !== SCHEDULED_STATUS);
  if (statuses.length === 0) return null;
  const at = new Date();
  const audit = auditValues({ eventType: auditEventOf(action), userId: actor?.id ?? null, message, metadata } as Parameters<typeof auditValues>[0]);
  const rows = await db.$queryRaw<RawSessionRow[]>`
    WITH updated AS (
      UPDATE sessions
         SET status = ${targetStatus(action)}::text::"SessionStatus", ended_at = ${at}, start_claimed_at = NULL, updated_at = ${at},
             sequence = sequence + ${action === "cancel" ? 1 : 0}::int
       WHERE id = ${sessionId}::int
         AND status::text IN (${Prisma.join(statuses)})
         AND (scheduled_end IS NULL OR scheduled_end >= ${clockNow()})
      RETURNING *),
    revoked AS (
      UPDATE join_tokens SET revoked_at = ${at}
       WHERE session_id IN (SELECT id FROM updated) AND used_at IS NULL AND revoked_at IS NULL
      RETURNING id),
    ${auditCte(audit)}
    ${sessionRowAfter}`;
  return rows[0] ? toSessionRow(rows[0]) : null;
}

export async function finishSession({
  db,
  session,
  closeMeeting = true,
  alsoInTx,
  ...step
}: WithoutSessionId<FinishStep> & {
  db: Db;
  session: SessionRow;
  /** False when the provider already ended the meeting itself. */
  closeMeeting?: boolean;
  /** More to write in the same transaction when this request wins (the admin actions log). */
  alsoInTx?: (tx: Tx) => Promise<void>;
}): Promise<SessionRow> {
  transition(step.action, session.status);
  const providerMetadata = closeMeeting ? await closeMeetingOf(session) : {};
  const metadata = { ...step.metadata, ...providerMetadata };
  if (!alsoInTx && session.status !== SCHEDULED_STATUS) {
    const finished = await finishDirectly(db, { ...step, sessionId: session.id, metadata } as FinishStep);
    if (finished) return finished;
  }
  const won = await db.$transaction(async (tx) => {
    const finished = await finishInTx(tx, { ...step, sessionId: session.id, metadata: { ...step.metadata, ...providerMetadata } });
    if (finished && alsoInTx) await alsoInTx(tx);
    return finished;
  });
  const after = await findSession(db, session.id);
  if (!won) throw invalidState(step.action, after.status);
  return after;
}
