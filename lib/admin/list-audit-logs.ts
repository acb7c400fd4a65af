import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditDto, auditSelect } from "@/lib/sessions/dto";
import type { AdminAuditLogsQuery } from "@/lib/admin/schemas";

/** Any session's audit trail, oldest first, optionally one event type only. */
export async function listAdminAuditLogs({ db, sessionId, query }: { db: Db; sessionId: number; query: AdminAuditLogsQuery }) {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { id: true } });
  if (!session) throw new AppError("session_not_found");
  const rows = await db.auditLog.findMany({
    where: { sessionId, ...(query.event_type ? { eventType: query.event_type } : {}) },
    select: auditSelect,
    orderBy: { id: "asc" },
  });
  return rows.map(auditDto);
}
