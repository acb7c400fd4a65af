// Unfriending cancels the pair's open session (CONTRACT §3). The meetings are closed
// first (outside the transaction, like every provider call); the caller then runs
// `cancelOpenSessionsInTx` inside its own transaction so the unfriend and the
// cancellation commit together.
import type { Db, Tx } from "@/lib/db";
import { writeAudit } from "@/lib/sessions/audit";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { revokeJoinTokens } from "@/lib/sessions/finish-session";
import { OPEN_STATUSES } from "@/lib/sessions/rules";

function pairWhere(a: number, b: number) {
  return {
    status: { in: [...OPEN_STATUSES] },
    OR: [
      { initiatorId: a, participantId: b },
      { initiatorId: b, participantId: a },
    ],
  };
}

/** Closes the meetings of the pair's open sessions; returns audit metadata per session id. */
export async function closeOpenMeetingsForPair(db: Db, a: number, b: number): Promise<Map<number, Record<string, unknown>>> {
  const open = await db.session.findMany({ where: pairWhere(a, b), select: { id: true, status: true, videoProvider: true, zoomMeetingId: true } });
  const outcomes = new Map<number, Record<string, unknown>>();
  for (const session of open) outcomes.set(session.id, await closeMeetingOf(session));
  return outcomes;
}

export async function cancelOpenSessionsInTx(
  tx: Tx,
  { a, b, actor, reason, providerMetadata = new Map() }: { a: number; b: number; actor: { id: number; name: string }; reason: string; providerMetadata?: Map<number, Record<string, unknown>> },
): Promise<number[]> {
  const open = await tx.session.findMany({ where: pairWhere(a, b), select: { id: true } });
  const now = new Date();
  const cancelled: number[] = [];
  for (const { id } of open) {
    const update = await tx.session.updateMany({ where: { id, status: { in: [...OPEN_STATUSES] } }, data: { status: "cancelled", endedAt: now, startClaimedAt: null } });
    if (update.count === 0) continue;
    await revokeJoinTokens(tx, id, now);
    await writeAudit(tx, {
      sessionId: id,
      eventType: "cancelled",
      userId: actor.id,
      message: `The session was cancelled because ${actor.name} removed the friendship`,
      metadata: { reason, ...providerMetadata.get(id) },
    });
    cancelled.push(id);
  }
  return cancelled;
}
