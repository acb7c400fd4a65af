// Ending and cancelling share one path: close the meeting, then in one transaction move
// the session to its terminal state (guarded on the current state, so exactly one of
// several parallel requests wins), revoke outstanding join tokens and write the audit row.
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/sessions/audit";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { findSession } from "@/lib/sessions/load-session";
import { allowedFrom } from "@/lib/sessions/rules";
import type { SessionRow } from "@/lib/sessions/dto";

export type FinishAction = "end" | "cancel";

export async function revokeJoinTokens(tx: Tx, sessionId: number, at: Date): Promise<void> {
  await tx.joinToken.updateMany({ where: { sessionId, usedAt: null, revokedAt: null }, data: { revokedAt: at } });
}

export async function finishSession({
  db,
  session,
  action,
  actor,
  message,
  metadata = {},
  closeMeeting = true,
}: {
  db: Db;
  session: SessionRow;
  action: FinishAction;
  /** null for the system (a provider webhook). */
  actor: { id: number; name: string } | null;
  message: string;
  metadata?: Record<string, unknown>;
  /** False when the provider already ended the meeting itself. */
  closeMeeting?: boolean;
}): Promise<SessionRow> {
  const from = allowedFrom(action);
  const verb = action === "end" ? "ended" : "cancelled";
  if (!from.includes(session.status)) {
    throw new AppError("invalid_state", `The session is ${session.status}; it cannot be ${verb}.`);
  }
  const providerMetadata = closeMeeting ? await closeMeetingOf(session) : {};
  const now = new Date();
  const won = await db.$transaction(async (tx) => {
    const update = await tx.session.updateMany({
      where: { id: session.id, status: { in: [...from] } },
      data: { status: action === "end" ? "completed" : "cancelled", endedAt: now, startClaimedAt: null },
    });
    if (update.count === 0) return false;
    await revokeJoinTokens(tx, session.id, now);
    await writeAudit(tx, {
      sessionId: session.id,
      eventType: action === "end" ? "ended" : "cancelled",
      userId: actor?.id ?? null,
      message,
      metadata: { ...metadata, ...providerMetadata },
    });
    return true;
  });
  const after = await findSession(db, session.id);
  if (!won) throw new AppError("invalid_state", `The session is ${after.status}; it cannot be ${verb}.`);
  return after;
}
