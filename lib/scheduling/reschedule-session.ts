// Propose another time (either person): the new time is proposed by the caller, who the
// other must now answer; SEQUENCE + 1, reminders re-armed. Conflicts are checked like a
// new schedule, ignoring this session's own old time.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession, loadSessionForUser } from "@/lib/sessions/load-session";
import { asOf, assertScheduledAction, auditEventOf, SCHEDULED_STATUS, startsAtProblem, windowEnd } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import type { RescheduleSessionBody } from "@/lib/sessions/schemas";
import { assertNoConflict, lockPeopleForScheduling } from "@/lib/scheduling/schedule-lock";
import { notifyScheduleChange } from "@/lib/scheduling/notify-schedule";

export async function rescheduleSession({ db, sessionId, user, body }: { db: Db; sessionId: number; user: { id: number; name: string }; body: RescheduleSessionBody }): Promise<SessionRow> {
  const { session } = await loadSessionForUser({ db, sessionId, userId: user.id });
  const at = now();
  assertScheduledAction("reschedule", asOf(session, at), user.id, at);
  const startsAt = new Date(body.starts_at);
  const problem = startsAtProblem(startsAt, at);
  if (problem) throw new AppError("validation_failed", { fields: { starts_at: problem } });
  const minutes = body.duration_minutes ?? session.durationMinutes!;
  const end = windowEnd(startsAt, minutes);
  const people = [session.initiatorId, session.participantId];
  const other = session.initiatorId === user.id ? session.participantId : session.initiatorId;
  const won = await db.$transaction(async (tx) => {
    await lockPeopleForScheduling(tx, people);
    await assertNoConflict(tx, { userIds: people, start: startsAt, end, exceptId: sessionId });
    const update = await tx.session.updateMany({
      where: { id: sessionId, status: SCHEDULED_STATUS, sequence: session.sequence, scheduledEnd: { gte: at } },
      data: {
        scheduledFor: startsAt,
        durationMinutes: minutes,
        scheduledEnd: end,
        invitation: "proposed",
        invitationById: user.id,
        sequence: { increment: 1 },
        streamReminderAt: null,
        emailReminderAt: null,
      },
    });
    if (update.count === 0) return false;
    await writeAudit(tx, {
      sessionId,
      eventType: auditEventOf("reschedule"),
      userId: user.id,
      message: `${user.name} proposed another time`,
      metadata: { starts_at: startsAt.toISOString(), duration_minutes: minutes, previous_starts_at: session.scheduledFor!.toISOString() },
    });
    await notifyScheduleChange(tx, { sessionId, kind: "rescheduled", recipients: [other] });
    return true;
  });
  if (!won) throw new AppError("invalid_state", "The session changed meanwhile (an answer, another new time or a cancellation); reload it.");
  return findSession(db, sessionId);
}
