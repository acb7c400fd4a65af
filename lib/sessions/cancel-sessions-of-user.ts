// A disabled or deleted account takes its open sessions with it (README, Admin): each is
// cancelled through the same finishing step as every cancel, with the reason in the audit
// metadata. As for an unfriend (cancel-open-sessions-for-pair.ts), the meetings are closed
// before the transaction and the caller runs the cancellation inside its own.
import type { Db, Tx } from "@/lib/db";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { finishInTx } from "@/lib/sessions/finish-session";
import { STATUSES_ENDED_WITH_ACCOUNT } from "@/lib/sessions/rules";
import type { ProviderCloseMetadata } from "@/lib/sessions/audit-metadata";

const meetingSelect = { id: true, status: true, videoProvider: true, zoomMeetingId: true } as const;

function ofUser(userId: number) {
  return { status: { in: [...STATUSES_ENDED_WITH_ACCOUNT] }, OR: [{ initiatorId: userId }, { participantId: userId }] };
}

export type AccountReason = "account_disabled" | "account_deleted";

const MESSAGES: Record<AccountReason, string> = {
  account_disabled: "The session was cancelled because an admin disabled an account",
  account_deleted: "The session was cancelled because an account was deleted",
};

/** Closes the meetings of the user's open sessions; returns audit metadata per session id. */
export async function closeOpenMeetingsOfUser(db: Db, userId: number): Promise<Map<number, ProviderCloseMetadata>> {
  const open = await db.session.findMany({ where: ofUser(userId), select: meetingSelect });
  const outcomes = new Map<number, ProviderCloseMetadata>();
  for (const session of open) outcomes.set(session.id, await closeMeetingOf(session));
  return outcomes;
}

export async function cancelSessionsOfUserInTx(
  tx: Tx,
  { userId, actorId, reason, providerMetadata }: { userId: number; actorId: number | null; reason: AccountReason; providerMetadata: Map<number, ProviderCloseMetadata> },
) {
  const open = await tx.session.findMany({ where: ofUser(userId), select: meetingSelect });
  const cancelled: typeof open = [];
  for (const session of open) {
    const won = await finishInTx(tx, {
      sessionId: session.id,
      action: "cancel",
      // The message names nobody: it outlives a deleted account.
      actor: actorId === null ? null : { id: actorId, name: "" },
      message: MESSAGES[reason],
      metadata: { reason, ...providerMetadata.get(session.id) },
    });
    if (won) cancelled.push(session);
  }
  return cancelled;
}
