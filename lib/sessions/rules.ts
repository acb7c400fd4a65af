// The session state machine and the join-eligibility table (CONTRACT §6). Pure: no I/O.
// Every endpoint decides through these functions.

// A plain list (no zod) so client components can use it without shipping zod.
export const sessionStatusValues = ["pending", "active", "completed", "cancelled"] as const;
export type SessionStatus = (typeof sessionStatusValues)[number];
export type SessionAction = "start" | "ready" | "end" | "cancel";
export type JoinBlockedReason = "not_started" | "session_over" | "waiting_for_other" | "mark_yourself_ready";

/** From which states each action is allowed, and where it leads (ready keeps the status). */
const TRANSITIONS: Record<SessionAction, { from: readonly SessionStatus[]; to: SessionStatus | null }> = {
  start: { from: ["pending"], to: "active" },
  ready: { from: ["pending", "active"], to: null },
  end: { from: ["active"], to: "completed" },
  cancel: { from: ["pending", "active"], to: "cancelled" },
};

export const OPEN_STATUSES = ["pending", "active"] as const satisfies readonly SessionStatus[];

export function allowedFrom(action: SessionAction): readonly SessionStatus[] {
  return TRANSITIONS[action].from;
}

export function canTransition(action: SessionAction, status: SessionStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status after the action, or null if the action is not allowed from `status`. */
export function nextStatus(action: SessionAction, status: SessionStatus): SessionStatus | null {
  if (!canTransition(action, status)) return null;
  return TRANSITIONS[action].to ?? status;
}

export type SessionFacts = {
  status: SessionStatus;
  initiatorId: number;
  participantId: number;
  startedById: number | null;
  initiatorReady: boolean;
  participantReady: boolean;
};

export type Side = "initiator" | "participant";

export function sideOf(session: Pick<SessionFacts, "initiatorId" | "participantId">, userId: number): Side | null {
  if (userId === session.initiatorId) return "initiator";
  if (userId === session.participantId) return "participant";
  return null;
}

export function readyFlags(session: SessionFacts, side: Side): { youReady: boolean; otherReady: boolean } {
  return side === "initiator"
    ? { youReady: session.initiatorReady, otherReady: session.participantReady }
    : { youReady: session.participantReady, otherReady: session.initiatorReady };
}

export type JoinEligibility = {
  canJoin: boolean;
  reason: JoinBlockedReason | null;
  youReady: boolean;
  otherReady: boolean;
};

/**
 * Who may join (CONTRACT §6): only while active. The one who started waits for the
 * other to be ready; the other must mark themselves ready, and also needs the starter
 * ready (as in the seed's flow: B ready lets A in; A ready lets B in).
 */
export function joinEligibility(session: SessionFacts, side: Side): JoinEligibility {
  const { youReady, otherReady } = readyFlags(session, side);
  const blocked = (reason: JoinBlockedReason): JoinEligibility => ({ canJoin: false, reason, youReady, otherReady });
  if (session.status === "pending") return blocked("not_started");
  if (session.status !== "active") return blocked("session_over");
  const userId = side === "initiator" ? session.initiatorId : session.participantId;
  if (session.startedById === userId) {
    return otherReady ? { canJoin: true, reason: null, youReady, otherReady } : blocked("waiting_for_other");
  }
  if (!youReady) return blocked("mark_yourself_ready");
  if (!otherReady) return blocked("waiting_for_other");
  return { canJoin: true, reason: null, youReady, otherReady };
}

/**
 * Whether an open session waits for this side to act (the header's "waiting for you"
 * count, CONTRACT §11): you are not ready yet, and the other person is ready or has
 * started the meeting. That covers a friend's fresh start (mark yourself ready) and a
 * starter whose friend is now ready (join). Being ready yourself clears it.
 */
export function isWaitingFor(session: SessionFacts, side: Side): boolean {
  if (session.status !== "pending" && session.status !== "active") return false;
  const { youReady, otherReady } = readyFlags(session, side);
  if (youReady) return false;
  const otherId = side === "initiator" ? session.participantId : session.initiatorId;
  return otherReady || (session.status === "active" && session.startedById === otherId);
}
