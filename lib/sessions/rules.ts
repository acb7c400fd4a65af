// The session state machine, the join-eligibility table and the actions a caller may
// take now (docs/rules.md). Pure: no I/O. Every use case takes its check and its next
// status from here, and the API hands `allowedActions` to the pages, which keep no copy.
import { AuditEventType, SessionStatus as SessionStatuses } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export type SessionStatus = (typeof SessionStatuses)[keyof typeof SessionStatuses];
export type AuditEventTypeValue = (typeof AuditEventType)[keyof typeof AuditEventType];

/** The one list of statuses and of audit event types: the Prisma schema's enums. */
export const SESSION_STATUSES = Object.values(SessionStatuses) as [SessionStatus, ...SessionStatus[]];
export const AUDIT_EVENT_TYPES = Object.values(AuditEventType) as [AuditEventTypeValue, ...AuditEventTypeValue[]];

export const SESSION_ACTIONS = ["start", "ready", "join", "end", "cancel"] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];
export const JOIN_BLOCKED_REASONS = ["not_started", "session_over", "waiting_for_other", "mark_yourself_ready"] as const;
type JoinBlockedReason = (typeof JOIN_BLOCKED_REASONS)[number];

type Rule = {
  /** The statuses the action is allowed from. */
  from: readonly SessionStatus[];
  /** Where it leads; null keeps the status. */
  to: SessionStatus | null;
  /** "The session is X; <refusal>." */
  refusal: string;
};

/** The audit entry each action writes (typed per action, so its metadata is too: lib/sessions/audit.ts). */
const ACTION_EVENTS = { start: "started", ready: "ready", join: "joined", end: "ended", cancel: "cancelled" } as const satisfies Record<SessionAction, AuditEventTypeValue>;

const RULES: Record<SessionAction, Rule> = {
  start: { from: ["pending"], to: "active", refusal: "only a pending session can be started" },
  ready: { from: ["pending", "active"], to: null, refusal: "you can only get ready for a pending or active session" },
  join: { from: ["active"], to: null, refusal: "join links exist only while it is active" },
  end: { from: ["active"], to: "completed", refusal: "it cannot be ended" },
  cancel: { from: ["pending", "active"], to: "cancelled", refusal: "it cannot be cancelled" },
};

/** Pending and active: at most one per pair (a partial unique index backs this up). */
export const OPEN_STATUSES = RULES.cancel.from;
/** Statuses the waiting room keeps polling in. */
export function isOpen(status: SessionStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
/** Over for good (ended or cancelled): nothing changes it any more. */
export function isOver(status: SessionStatus): boolean {
  return !isOpen(status);
}
/** The meeting exists: people may join it and be in it. */
export function isActive(status: SessionStatus): boolean {
  return status === RULES.start.to;
}
/** Finished by a cancel (of a person, an admin or an unfriending) rather than an end. */
export function isCancelled(status: SessionStatus): boolean {
  return status === RULES.cancel.to;
}

export function allowedFrom(action: SessionAction): readonly SessionStatus[] {
  return RULES[action].from;
}

export function canTransition(action: SessionAction, status: SessionStatus): boolean {
  return RULES[action].from.includes(status);
}

/** The status after the action, or null if the action is not allowed from `status`. */
export function nextStatus(action: SessionAction, status: SessionStatus): SessionStatus | null {
  if (!canTransition(action, status)) return null;
  return RULES[action].to ?? status;
}

/** Where a state-changing action leads (the same from every status it is allowed from). */
export function targetStatus(action: "start" | "end" | "cancel"): SessionStatus {
  return RULES[action].to!;
}

/** The audit event type an action writes. */
export function auditEventOf<A extends SessionAction>(action: A): (typeof ACTION_EVENTS)[A] {
  return ACTION_EVENTS[action];
}

/** The 409 an action gets from a status that forbids it. */
export function invalidState(action: SessionAction, status: SessionStatus): AppError {
  return new AppError("invalid_state", `The session is ${status}; ${RULES[action].refusal}.`);
}

/** The status the action leads to from `status`; throws the 409 when `status` forbids it. */
export function transition(action: SessionAction, status: SessionStatus): SessionStatus {
  const to = nextStatus(action, status);
  if (to === null) throw invalidState(action, status);
  return to;
}

/** The guard alone: throws the 409 when `status` forbids the action. */
export function assertAllowed(action: SessionAction, status: SessionStatus): void {
  if (!canTransition(action, status)) throw invalidState(action, status);
}

/**
 * Prisma's condition for "the action is allowed from the row's status": the guard of the
 * `updateMany` that claims a change, so that of several parallel requests one wins.
 */
export function statusGuard(action: SessionAction): { in: SessionStatus[] } {
  return { in: [...RULES[action].from] };
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

function readyFlags(session: SessionFacts, side: Side): { youReady: boolean; otherReady: boolean } {
  return side === "initiator"
    ? { youReady: session.initiatorReady, otherReady: session.participantReady }
    : { youReady: session.participantReady, otherReady: session.initiatorReady };
}

type JoinEligibility = {
  canJoin: boolean;
  reason: JoinBlockedReason | null;
  youReady: boolean;
  otherReady: boolean;
};

/**
 * Who may join (docs/rules.md): only while active. The one who started waits for the
 * other to be ready; the other must mark themselves ready, and also needs the starter
 * ready (the example flow: B ready lets A in; A ready lets B in).
 */
export function joinEligibility(session: SessionFacts, side: Side): JoinEligibility {
  const { youReady, otherReady } = readyFlags(session, side);
  const blocked = (reason: JoinBlockedReason): JoinEligibility => ({ canJoin: false, reason, youReady, otherReady });
  if (!canTransition("join", session.status)) return blocked(canTransition("start", session.status) ? "not_started" : "session_over");
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
 * count, README, Pages): you are not ready yet, and the other person is ready or has
 * started the meeting. That covers a friend's fresh start (mark yourself ready) and a
 * starter whose friend is now ready (join). Being ready yourself clears it.
 */
export function isWaitingFor(session: SessionFacts, side: Side): boolean {
  if (!isOpen(session.status)) return false;
  const { youReady, otherReady } = readyFlags(session, side);
  if (youReady) return false;
  const otherId = side === "initiator" ? session.participantId : session.initiatorId;
  return otherReady || (session.status === "active" && session.startedById === otherId);
}

/** Throws 403 `cannot_join_yet` (with the reason) unless the caller may join now. */
export function assertCanJoin(session: SessionFacts, side: Side): void {
  const eligibility = joinEligibility(session, side);
  if (!eligibility.canJoin) throw new AppError("cannot_join_yet", "You cannot join this session yet.", { reason: eligibility.reason });
}

/**
 * What the caller may do now, in the order the waiting room shows the buttons. `side`
 * null is an admin, who may only cancel. Ready is offered until the caller is ready
 * (pressing it again is accepted and changes nothing).
 */
export function allowedActions(session: SessionFacts, side: Side | null): SessionAction[] {
  if (side === null) return canTransition("cancel", session.status) ? ["cancel"] : [];
  const { youReady } = readyFlags(session, side);
  return SESSION_ACTIONS.filter((action) => {
    if (action === "join") return joinEligibility(session, side).canJoin;
    if (action === "ready") return canTransition("ready", session.status) && !youReady;
    return canTransition(action, session.status);
  });
}

/**
 * Whether Mark ready means anything to this side now (§6): not to the one who started an
 * active meeting, whose own readiness never gates their joining, and whose Join marks them
 * ready anyway (redeeming a join token), so the other person is never stranded.
 */
export function readyMatters(session: SessionFacts, side: Side): boolean {
  const userId = side === "initiator" ? session.initiatorId : session.participantId;
  return !(isActive(session.status) && session.startedById === userId);
}

/**
 * The buttons a page shows: `allowedActions` minus what would only confuse. Mark ready
 * only where it matters (`readyMatters`); while the meeting is active, End rather than
 * Cancel (both stay allowed by the API; Cancel is for a session that never started).
 */
export function shownActions(session: SessionFacts, side: Side | null): SessionAction[] {
  const allowed = allowedActions(session, side);
  if (side === null) return allowed;
  return allowed.filter((action) => {
    if (action === "ready") return readyMatters(session, side);
    if (action === "cancel") return !allowed.includes("end");
    return true;
  });
}
