import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { areFriendsSql } from "@/lib/friends/are-friends";
import { auditValues } from "@/lib/sessions/audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { sessionRowAfter, toSessionRow, type RawSessionRow } from "@/lib/sessions/read-session";
import { OPEN_STATUSES } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";

export async function createSession({ db, initiator, participantId }: { db: Db; initiator: { id: number; name: string }; participantId: number }): Promise<SessionRow> {
  if (participantId === initiator.id) {
    throw new AppError("cannot_session_with_self", { fields: { participant_id: "Must be someone else" } });
  }
  // One statement: the participant, the friendship, and (when both are there) the session
  // with its audit entry, written by data-modifying CTEs of it (one transaction), read back.
  const audit = auditValues({ eventType: "created", userId: initiator.id, message: `${initiator.name} created a session with ` });
  type Row = { participantExists: boolean; friends: boolean } & (RawSessionRow | { id: null });
  let row: Row | undefined;
  try {
    [row] = await db.$queryRaw<Row[]>`
      WITH participant AS (SELECT id, name FROM users WHERE id = ${participantId}::int),
      updated AS (
        INSERT INTO sessions (initiator_id, participant_id, updated_at)
        SELECT ${initiator.id}::int, id, ${new Date()} FROM participant WHERE ${areFriendsSql(initiator.id, participantId)}
        RETURNING *),
      audit AS (
        INSERT INTO audit_logs (session_id, event_type, user_id, message, metadata)
        SELECT updated.id, ${audit.eventType}::text::"AuditEventType", ${audit.userId}::int, ${audit.message} || participant.name, ${audit.metadata}::jsonb
          FROM updated, participant
        RETURNING *)
      SELECT EXISTS (SELECT 1 FROM participant) AS "participantExists", ${areFriendsSql(initiator.id, participantId)} AS friends, created.*
        FROM (VALUES (1)) AS one LEFT JOIN (${sessionRowAfter}) AS created ON true`;
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
  if (!row?.participantExists) throw new AppError("user_not_found");
  if (!row.friends) throw new AppError("not_friends");
  if (row.id === null) throw new Error("the session was not created");
  return toSessionRow(row);
}
