// The session row every action answers with (SessionRow, lib/sessions/dto.ts) in one SQL
// statement: Prisma's findUnique with its four relations costs five queries. A write can
// end its own statement with it (sessionRowAfter), so it answers without another query.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import type { SessionRow } from "@/lib/sessions/dto";
import { PRESENCE_EVENT_TYPES } from "@/lib/sessions/presence";

export type RawSessionRow = Omit<SessionRow, "initiator" | "participant" | "zoomRegistrants" | "auditLogs"> & {
  initiatorName: string;
  participantName: string;
  zoomRegistrants: SessionRow["zoomRegistrants"] | string | null;
  auditLogs: (Omit<SessionRow["auditLogs"][number], "createdAt"> & { createdAt: string })[] | string | null;
};

/**
 * SELECT … the SessionRow columns of the rows in `sessions` (a table or a CTE with the
 * sessions table's columns, aliased `s`), reading audit entries from `audits` (the same).
 */
function sessionRowSelect(sessions: Prisma.Sql, audits: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id, s.status::text AS status, s.initiator_id AS "initiatorId", s.participant_id AS "participantId",
           s.started_by_id AS "startedById", s.video_provider::text AS "videoProvider", s.zoom_meeting_id AS "zoomMeetingId",
           s.zoom_meeting_url AS "zoomMeetingUrl", s.zoom_meeting_password AS "zoomMeetingPassword",
           s.initiator_ready AS "initiatorReady", s.participant_ready AS "participantReady",
           s.created_at AS "createdAt", s.started_at AS "startedAt", s.ended_at AS "endedAt", s.updated_at AS "updatedAt",
           s.scheduled_for AS "scheduledFor", s.duration_minutes AS "durationMinutes", s.scheduled_end AS "scheduledEnd",
           s.note, s.invitation::text AS invitation, s.invitation_by_id AS "invitationById", s.sequence,
           i.name AS "initiatorName", p.name AS "participantName",
           (SELECT json_agg(json_build_object('userId', z.user_id, 'joinUrl', z.join_url) ORDER BY z.id)
              FROM zoom_registrants z WHERE z.session_id = s.id) AS "zoomRegistrants",
           (SELECT json_agg(json_build_object('eventType', a.event_type, 'userId', a.user_id, 'metadata', a.metadata, 'createdAt', a.created_at,
                                              'user', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END) ORDER BY a.id)
              FROM ${audits} a LEFT JOIN users u ON u.id = a.user_id
             WHERE a.session_id = s.id AND a.event_type::text IN (${Prisma.join(PRESENCE_EVENT_TYPES)})) AS "auditLogs"
      FROM ${sessions} s
      JOIN users i ON i.id = s.initiator_id
      JOIN users p ON p.id = s.participant_id`;
}

/**
 * The final SELECT of a write statement whose CTE `updated` returns the changed sessions
 * row (RETURNING *) and whose CTE `audit` returns the entries it wrote (RETURNING *): the
 * statement's other parts read the tables as they were before it.
 */
export const sessionRowAfter = sessionRowSelect(Prisma.sql`updated`, Prisma.sql`(SELECT * FROM audit_logs UNION ALL SELECT * FROM audit)`);

/** The row the way Prisma reads sessionSelect. */
export function toSessionRow(row: RawSessionRow): SessionRow {
  const { initiatorName, participantName, zoomRegistrants, auditLogs, ...columns } = row;
  // JSON columns may arrive parsed or as text, depending on the adapter.
  const registrants = (typeof zoomRegistrants === "string" ? JSON.parse(zoomRegistrants) : zoomRegistrants) as SessionRow["zoomRegistrants"] | null;
  const audits = (typeof auditLogs === "string" ? JSON.parse(auditLogs) : auditLogs) as Exclude<RawSessionRow["auditLogs"], string>;
  return {
    ...columns,
    initiator: { id: row.initiatorId, name: initiatorName },
    participant: { id: row.participantId, name: participantName },
    zoomRegistrants: registrants ?? [],
    auditLogs: (audits ?? []).map((entry) => ({ ...entry, createdAt: new Date(entry.createdAt) })),
  };
}

/** The row as sessionSelect reads it, or null when there is no such session. */
export async function readSessionRow(db: Db | Tx, sessionId: number): Promise<SessionRow | null> {
  const rows = await db.$queryRaw<RawSessionRow[]>`${sessionRowSelect(Prisma.sql`sessions`, Prisma.sql`audit_logs`)} WHERE s.id = ${sessionId}::int`;
  return rows[0] ? toSessionRow(rows[0]) : null;
}
