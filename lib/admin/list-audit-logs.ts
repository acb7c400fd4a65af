import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditSelect, participantAuditDto } from "@/lib/sessions/dto";
import type { AdminAuditLogsQuery } from "@/lib/admin/schemas";

/** Any session's audit trail, oldest first, optionally one event type only. */
export async function listAdminAuditLogs({ db, sessionId, query }: { db: Db; sessionId: number; query: AdminAuditLogsQuery }) {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { id: true, videoProvider: true, zoomMeetingId: true } });
  if (!session) throw new AppError("session_not_found");
  const rows = await db.auditLog.findMany({
    where: { sessionId, ...(query.event_type ? { eventType: query.event_type } : {}) },
    select: auditSelect,
    orderBy: { id: "asc" },
  });
  // Entries written before rooms were left out of the metadata may still name a Jitsi room.
  return rows.map((row) => participantAuditDto(row, session));
}
