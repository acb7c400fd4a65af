// Audit entries are written inside the transaction of the change they record, and never
// updated (a database trigger refuses updates).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { AuditEventTypeValue as AuditEventType } from "@/lib/sessions/rules";

export async function writeAudit(
  tx: Tx,
  entry: { sessionId: number; eventType: AuditEventType; userId: number | null; message: string; metadata?: Record<string, unknown> },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      sessionId: entry.sessionId,
      eventType: entry.eventType,
      userId: entry.userId,
      message: entry.message,
      metadata: (entry.metadata ?? {}) as Prisma.InputJsonValue,
    },
  });
}
