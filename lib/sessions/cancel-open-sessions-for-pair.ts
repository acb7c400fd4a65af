// Unfriending cancels the pair's open session (README, Friends). The meetings are closed
// first (outside the transaction, like every provider call); the caller then runs
// `cancelOpenSessionsInTx` inside its own transaction so the unfriend and the
// cancellation commit together, through the same finishing step as every cancel.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { finishInTx } from "@/lib/sessions/finish-session";
import { OPEN_STATUSES, SCHEDULED_STATUS } from "@/lib/sessions/rules";
import { logger } from "@/lib/log";
import type { AuditMetadata, ProviderCloseMetadata } from "@/lib/sessions/audit-metadata";

const meetingSelect = { id: true, status: true, videoProvider: true, zoomMeetingId: true } as const;

// Planned sessions go too: friends no longer, they cannot meet (a missed one is left as is by finishInTx).
function pairWhere(a: number, b: number) {
  return {
    status: { in: [...OPEN_STATUSES, SCHEDULED_STATUS] },
    OR: [
      { initiatorId: a, participantId: b },
      { initiatorId: b, participantId: a },
    ],
  };
}

/** Closes the meetings of the pair's open sessions; returns audit metadata per session id. */
export async function closeOpenMeetingsForPair(db: Db, a: number, b: number): Promise<Map<number, ProviderCloseMetadata>> {
  const open = await db.session.findMany({ where: pairWhere(a, b), select: meetingSelect });
  const outcomes = new Map<number, ProviderCloseMetadata>();
  for (const session of open) outcomes.set(session.id, await closeMeetingOf(session));
  return outcomes;
}

type CancelledSession = Prisma.SessionGetPayload<{ select: typeof meetingSelect }>;

export async function cancelOpenSessionsInTx(
  tx: Tx,
  { a, b, actor, reason, providerMetadata = new Map() }: { a: number; b: number; actor: { id: number; name: string }; reason: NonNullable<AuditMetadata<"cancelled">["reason"]>; providerMetadata?: Map<number, ProviderCloseMetadata> },
): Promise<CancelledSession[]> {
  const open = await tx.session.findMany({ where: pairWhere(a, b), select: meetingSelect });
  const cancelled: CancelledSession[] = [];
  for (const session of open) {
    const won = await finishInTx(tx, {
      sessionId: session.id,
      action: "cancel",
      actor,
      message: `The session was cancelled because ${actor.name} removed the friendship`,
      metadata: { reason, ...providerMetadata.get(session.id) },
    });
    if (won) cancelled.push(session);
  }
  return cancelled;
}

/**
 * Meetings created after `closeOpenMeetingsForPair` looked (a start finishing in between)
 * are closed once the cancellation has committed; the audit row is already written, so
 * a failure here is only logged.
 */
export async function closeMeetingsMissedBefore(cancelled: CancelledSession[], closedBefore: Map<number, ProviderCloseMetadata>): Promise<void> {
  for (const session of cancelled) {
    if (!session.zoomMeetingId || closedBefore.get(session.id)?.provider_close) continue;
    const outcome = await closeMeetingOf(session);
    if (outcome.provider_close === "failed") logger().error({ session_id: session.id, provider_error: String(outcome.provider_error) }, "could not close the meeting of a cancelled session");
  }
}
