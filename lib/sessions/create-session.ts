import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { areFriends } from "@/lib/friends/are-friends";
import { writeAudit } from "@/lib/sessions/audit";
import { findSession } from "@/lib/sessions/load-session";
import { OPEN_STATUSES } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";

export async function createSession({ db, initiator, participantId }: { db: Db; initiator: { id: number; name: string }; participantId: number }): Promise<SessionRow> {
  if (participantId === initiator.id) {
    throw new AppError("cannot_session_with_self", { fields: { participant_id: "Must be someone else" } });
  }
  const participant = await db.user.findUnique({ where: { id: participantId }, select: { id: true, name: true } });
  if (!participant) throw new AppError("user_not_found");
  if (!(await areFriends(db, initiator.id, participantId))) {
    throw new AppError("not_friends");
  }
  try {
    const id = await db.$transaction(async (tx) => {
      const session = await tx.session.create({ data: { initiatorId: initiator.id, participantId }, select: { id: true } });
      await writeAudit(tx, {
        sessionId: session.id,
        eventType: "created",
        userId: initiator.id,
        message: `${initiator.name} created a session with ${participant.name}`,
      });
      return session.id;
    });
    return findSession(db, id);
  } catch (error) {
    // The partial unique index allows one open session per pair, even under races.
    if (!isUniqueViolation(error)) throw error;
    const open = await db.session.findFirst({
      where: {
        status: { in: [...OPEN_STATUSES] },
        OR: [
          { initiatorId: initiator.id, participantId },
          { initiatorId: participantId, participantId: initiator.id },
        ],
      },
      select: { id: true },
    });
    throw new AppError("open_session_exists", { session_id: open?.id ?? null });
  }
}
