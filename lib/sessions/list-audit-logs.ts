import type { Db } from "@/lib/db";
import { auditSelect, participantAuditDto } from "@/lib/sessions/dto";
import { loadSessionForUser } from "@/lib/sessions/load-session";

export async function listAuditLogs({ db, sessionId, userId }: { db: Db; sessionId: number; userId: number }) {
  const { session } = await loadSessionForUser({ db, sessionId, userId });
  const rows = await db.auditLog.findMany({ where: { sessionId }, select: auditSelect, orderBy: { id: "asc" } });
  return rows.map((row) => participantAuditDto(row, session));
}
