// Accept or decline the proposed time (the invitee only). Guarded on the state the check
// saw (still proposed, same SEQUENCE, window not passed), so of parallel answers and
// reschedules exactly one wins; the loser gets the 409 of the state it now finds.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { asOf, assertScheduledAction, auditEventOf, SCHEDULED_STATUS, targetStatus } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import { notifyScheduleChange } from "@/lib/scheduling/notify-schedule";

export async function answerInvitation({ db, sessionId, user, answer }: { db: Db; sessionId: number; user: { id: number; name: string }; answer: "accept" | "decline" }): Promise<SessionRow> {
  const { session } = await loadSessionForUser({ db, sessionId, userId: user.id });
  const at = now();
  assertScheduledAction(answer, asOf(session, at), user.id, at);
  const proposerId = session.invitationById;
  const won = await db.$transaction(async (tx) => {
    const update = await tx.session.updateMany({
      where: { id: sessionId, status: SCHEDULED_STATUS, invitation: "proposed", sequence: session.sequence, scheduledEnd: { gte: at } },
      data:
        answer === "accept"
          ? { invitation: "accepted" }
          : { status: targetStatus("decline"), endedAt: at, sequence: { increment: 1 } },
    });
    if (update.count === 0) return false;
    await writeAudit(tx, {
      sessionId,
      eventType: auditEventOf(answer),
      userId: user.id,
      message: answer === "accept" ? `${user.name} accepted the proposed time` : `${user.name} declined the proposed time`,
    });
    const other = session.initiatorId === user.id ? session.participantId : session.initiatorId;
    await notifyScheduleChange(tx, { sessionId, kind: answer === "accept" ? "accepted" : "declined", recipients: [proposerId ?? other] });
    return true;
  });
  if (!won) throw new AppError("invalid_state", "The session changed meanwhile (another answer, a new time or a cancellation); reload it.");
  return findSession(db, sessionId);
}
