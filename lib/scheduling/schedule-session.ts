// POST /sessions/schedule: propose a time to a friend. The conflict check and the insert
// share one transaction under both people's scheduling locks (schedule-lock.ts).
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { areFriends } from "@/lib/friends/are-friends";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession } from "@/lib/sessions/load-session";
import { DURATION_MINUTES, SCHEDULED_STATUS, startsAtProblem, windowEnd } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";
import type { ScheduleSessionBody } from "@/lib/sessions/schemas";
import { assertNoConflict, lockPeopleForScheduling } from "@/lib/scheduling/schedule-lock";
import { notifyScheduleChange } from "@/lib/scheduling/notify-schedule";

export async function scheduleSession({ db, initiator, body }: { db: Db; initiator: { id: number; name: string }; body: ScheduleSessionBody }): Promise<SessionRow> {
  const participantId = body.participant_id;
  if (participantId === initiator.id) throw new AppError("cannot_session_with_self", { fields: { participant_id: "Must be someone else" } });
  const startsAt = new Date(body.starts_at);
  const problem = startsAtProblem(startsAt, now());
  if (problem) throw new AppError("validation_failed", { fields: { starts_at: problem } });
  const participant = await db.user.findUnique({ where: { id: participantId }, select: { id: true, name: true } });
  if (!participant) throw new AppError("user_not_found");
  if (!(await areFriends(db, initiator.id, participantId))) throw new AppError("not_friends");
  const minutes = body.duration_minutes ?? DURATION_MINUTES.default;
  const end = windowEnd(startsAt, minutes);
  const id = await db.$transaction(async (tx) => {
    await lockPeopleForScheduling(tx, [initiator.id, participantId]);
    await assertNoConflict(tx, { userIds: [initiator.id, participantId], start: startsAt, end });
    const session = await tx.session.create({
      data: {
        initiatorId: initiator.id,
        participantId,
        status: SCHEDULED_STATUS,
        scheduledFor: startsAt,
        durationMinutes: minutes,
        scheduledEnd: end,
        note: body.note?.trim() ? body.note.trim() : null,
        invitation: "proposed",
        invitationById: initiator.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      sessionId: session.id,
      eventType: "scheduled",
      userId: initiator.id,
      message: `${initiator.name} proposed a session with ${participant.name}`,
      metadata: { starts_at: startsAt.toISOString(), duration_minutes: minutes },
    });
    await notifyScheduleChange(tx, { sessionId: session.id, kind: "proposed", recipients: [participantId] });
    return session.id;
  });
  return findSession(db, id);
}
