// Audit entries are written inside the transaction of the change they record, and never
// updated (a database trigger refuses updates). Their metadata is typed, and checked, by
// its event type's schema (lib/sessions/audit-metadata.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { AuditEventTypeValue as AuditEventType } from "@/lib/sessions/rules";
import { auditMetadataFor, type AuditMetadata } from "@/lib/sessions/audit-metadata";

/** Metadata may be left out where the event type's schema accepts `{}` (`Record<never, never>`). */
type MetadataOf<E extends AuditEventType> = Record<never, never> extends AuditMetadata<E> ? { metadata?: AuditMetadata<E> } : { metadata: AuditMetadata<E> };

type AuditEntry<E extends AuditEventType> = { sessionId: number; eventType: E; userId: number | null; message: string } & MetadataOf<E>;

export async function writeAudit<E extends AuditEventType>(tx: Tx, entry: AuditEntry<E>): Promise<void> {
  const metadata = auditMetadataFor(entry.eventType, ((entry as { metadata?: AuditMetadata<E> }).metadata ?? {}) as AuditMetadata<E>);
  await tx.auditLog.create({
    data: {
      sessionId: entry.sessionId,
      eventType: entry.eventType,
      userId: entry.userId,
      message: entry.message,
      metadata: metadata as Prisma.InputJsonValue,
    },
  });
}

/**
 * The entry's values for an INSERT in raw SQL (a data-modifying CTE of the statement that
 * makes the change, so it is in the same transaction), its metadata checked as above.
 */
export function auditValues<E extends AuditEventType>(entry: Omit<AuditEntry<E>, "sessionId">): { eventType: E; userId: number | null; message: string; metadata: string } {
  const metadata = auditMetadataFor(entry.eventType, ((entry as { metadata?: AuditMetadata<E> }).metadata ?? {}) as AuditMetadata<E>);
  return { eventType: entry.eventType, userId: entry.userId, message: entry.message, metadata: JSON.stringify(metadata) };
}

/**
 * The CTE `audit` of a one-statement write: `entry` for the row of its CTE `updated`,
 * returned so that sessionRowAfter (lib/sessions/read-session.ts) reads it too.
 */
export function auditCte(entry: ReturnType<typeof auditValues>): Prisma.Sql {
  return Prisma.sql`audit AS (
      INSERT INTO audit_logs (session_id, event_type, user_id, message, metadata)
      SELECT id, ${entry.eventType}::text::"AuditEventType", ${entry.userId}::int, ${entry.message}, ${entry.metadata}::jsonb FROM updated
      RETURNING *)`;
}
