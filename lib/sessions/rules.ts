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

export const SESSION_ACTIONS = ["start", "ready", "join", "end", "cancel", "accept", "decline", "reschedule"] as const;
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
const ACTION_EVENTS = {
  start: "started",
  ready: "ready",
  join: "joined",
  end: "ended",
  cancel: "cancelled",
  accept: "invitation_accepted",
  decline: "invitation_declined",
  reschedule: "rescheduled",
} as const satisfies Record<SessionAction, AuditEventTypeValue>;

const RULES: Record<SessionAction, Rule> = {
  start: { from: ["pending", "scheduled"], to: "active", refusal: "only a pending or scheduled session can be started" },
  ready: { from: ["pending", "active"], to: null, refusal: "you can only get ready for a pending or active session" },
  join: { from: ["active"], to: null, refusal: "join links exist only while it is active" },
  end: { from: ["active"], to: "completed", refusal: "it cannot be ended" },
  cancel: { from: ["pending", "active", "scheduled"], to: "cancelled", refusal: "it cannot be cancelled" },
  accept: { from: ["scheduled"], to: null, refusal: "only a proposed scheduled session can be accepted" },
  decline: { from: ["scheduled"], to: "cancelled", refusal: "only a proposed scheduled session can be declined" },
  reschedule: { from: ["scheduled"], to: null, refusal: "only a scheduled session can be given another time" },
};

/**
 * Pending and active: at most one per pair (a partial unique index backs this up). A
 * scheduled session is not one of them: a pair may have an instant session now and
 * scheduled ones later.
 */
export const OPEN_STATUSES: readonly SessionStatus[] = ["pending", "active"];
/** Planned and not yet due or missed (its window has not passed). */
export const SCHEDULED_STATUS = "scheduled" as const satisfies SessionStatus;
export const MISSED_STATUS = "missed" as const satisfies SessionStatus;
/**
 * The sessions a disabled or deleted account takes with it: cancelled through the cancel
 * rule (README, Admin). Every one of them must be a status `cancel` is allowed from.
 */
export const STATUSES_ENDED_WITH_ACCOUNT: readonly SessionStatus[] = RULES.cancel.from;
/** Statuses the waiting room keeps polling in. */
export function isOpen(status: SessionStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
/** Over for good (ended, cancelled or missed): nothing changes it any more. */
export function isOver(status: SessionStatus): boolean {
  return !isOpen(status) && status !== SCHEDULED_STATUS;
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
export function targetStatus(action: "start" | "end" | "cancel" | "decline"): SessionStatus {
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
  /** Scheduled sessions only (absent or null for instant ones). */
  scheduledFor?: Date | null;
  scheduledEnd?: Date | null;
  invitation?: "proposed" | "accepted" | null;
  invitationById?: number | null;
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

// Scheduled sessions (README, Scheduling and calendars). Times are the app's clock
// (lib/clock.ts), passed in so these stay pure.

/** A scheduled session may be started from this long before its time. */
export const START_EARLY_MS = 10 * 60_000;
/** The live reminder ("starts in 10 minutes") fires this long before. */
export const STREAM_REMINDER_MS = 10 * 60_000;
/** A new or moved time must be at least this far ahead, and at most MAX_SCHEDULE_AHEAD_MS. */
export const MIN_SCHEDULE_LEAD_MS = 5 * 60_000;
export const MAX_SCHEDULE_AHEAD_MS = 90 * 86_400_000;
export const DURATION_MINUTES = { min: 15, max: 240, default: 60 } as const;
export const NOTE_MAX_LENGTH = 500;

/**
 * The status as of `now`: a scheduled session whose window (start + duration) has passed
 * unstarted reads `missed` on every read, whether or not the sweep has recorded it yet.
 */
export function effectiveStatus(session: Pick<SessionFacts, "status" | "scheduledEnd">, now: Date): SessionStatus {
  return session.status === SCHEDULED_STATUS && isPastWindow(session, now) ? MISSED_STATUS : session.status;
}

/** The window is over: `now` is after start + duration. */
export function isPastWindow(session: Pick<SessionFacts, "scheduledEnd">, now: Date): boolean {
  return session.scheduledEnd != null && now.getTime() > session.scheduledEnd.getTime();
}

/** The facts with the status as of `now`. */
export function asOf<T extends SessionFacts>(session: T, now: Date): T {
  const status = effectiveStatus(session, now);
  return status === session.status ? session : { ...session, status };
}

/** Whether the caller is the one who must answer the current proposal. */
function isInvitee(session: SessionFacts, userId: number): boolean {
  return session.invitation === "proposed" && session.invitationById !== userId;
}

/** Why a scheduled session cannot be started now, or null when it can (as of `now`). */
export function scheduledStartRefusal(session: SessionFacts, now: Date): AppError | null {
  if (session.status !== SCHEDULED_STATUS) return null;
  if (session.invitation !== "accepted") return new AppError("invitation_pending");
  if (session.scheduledFor && now.getTime() < session.scheduledFor.getTime() - START_EARLY_MS) {
    return new AppError("too_early", `The session can be started from 10 minutes before its time (${session.scheduledFor.toISOString()}).`);
  }
  return null;
}

/**
 * The checks of accept, decline, reschedule and start on a scheduled session, by the
 * state × side × invitation table (docs/rules.md): throws the 403 or 409, or returns.
 * `session.status` must already be as of `now` (asOf).
 */
export function assertScheduledAction(action: "accept" | "decline" | "reschedule" | "start", session: SessionFacts, userId: number, now: Date): void {
  assertAllowed(action, session.status);
  if (action === "accept" || action === "decline") {
    if (session.invitation !== "proposed") throw new AppError("invalid_state", `The invitation is already ${session.invitation ?? "answered"}; there is nothing to ${action}.`);
    if (!isInvitee(session, userId)) throw new AppError("not_invitee");
  }
  if (action === "start") {
    const refusal = scheduledStartRefusal(session, now);
    if (refusal) throw refusal;
  }
}

/** A proposed time's problem as a field error (`starts_at`), or null when it is fine. */
export function startsAtProblem(startsAt: Date, now: Date): string | null {
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead < MIN_SCHEDULE_LEAD_MS) return "Must be at least 5 minutes from now";
  if (ahead > MAX_SCHEDULE_AHEAD_MS) return "Must be at most 90 days from now";
  return null;
}

/** The end of a window that starts at `startsAt` and lasts `minutes`. */
export function windowEnd(startsAt: Date, minutes: number): Date {
  return new Date(startsAt.getTime() + minutes * 60_000);
}

/** Which reminder is due for an accepted scheduled session as of `now`. */
export function reminderDue(session: SessionFacts, kind: "stream" | "email", now: Date, reminderMinutes: number): boolean {
  if (session.status !== SCHEDULED_STATUS || session.invitation !== "accepted" || !session.scheduledFor || isPastWindow(session, now)) return false;
  const lead = kind === "stream" ? STREAM_REMINDER_MS : reminderMinutes * 60_000;
  return now.getTime() >= session.scheduledFor.getTime() - lead;
}

/**
 * What the caller may do now, in the order the waiting room shows the buttons. `side`
 * null is an admin, who may only cancel. Ready is offered until the caller is ready
 * (pressing it again is accepted and changes nothing). `now` (the app's clock) decides a
 * scheduled session's actions: missed once its window passed, startable inside it.
 */
export function allowedActions(facts: SessionFacts, side: Side | null, now: Date = new Date()): SessionAction[] {
  const session = asOf(facts, now);
  if (side === null) return canTransition("cancel", session.status) ? ["cancel"] : [];
  const { youReady } = readyFlags(session, side);
  const userId = side === "initiator" ? session.initiatorId : session.participantId;
  return SESSION_ACTIONS.filter((action) => {
    if (action === "join") return joinEligibility(session, side).canJoin;
    if (action === "ready") return canTransition("ready", session.status) && !youReady;
    if (action === "accept" || action === "decline") return canTransition(action, session.status) && isInvitee(session, userId);
    if (action === "start" && session.status === SCHEDULED_STATUS) return scheduledStartRefusal(session, now) === null;
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
export function shownActions(session: SessionFacts, side: Side | null, now: Date = new Date()): SessionAction[] {
  const allowed = allowedActions(session, side, now);
  if (side === null) return allowed;
  return allowed.filter((action) => {
    if (action === "ready") return readyMatters(session, side);
    if (action === "cancel") return !allowed.includes("end");
    return true;
  });
}
