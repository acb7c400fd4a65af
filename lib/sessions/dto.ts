// Session rows to the JSON of lib/sessions/schemas.ts. The meeting URL and password are
// shown only to a caller who may join right now.
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicUserSelect } from "@/lib/accounts/dto";
import { allowedActions, asOf, isCancelled, isOver, isWaitingFor, joinEligibility, shownActions, sideOf, type Side } from "@/lib/sessions/rules";
import { now } from "@/lib/clock";
import { readAuditMetadata, type AuditMetadata } from "@/lib/sessions/audit-metadata";
import type { AuditEntryResponse, EligibilityResponse, SessionResponse } from "@/lib/sessions/schemas";
import { PRESENCE_EVENT_TYPES, presenceOf } from "@/lib/sessions/presence";
import { meetingReportsPresence } from "@/lib/video/meeting-source";

export const sessionSelect = {
  id: true,
  status: true,
  initiatorId: true,
  participantId: true,
  startedById: true,
  videoProvider: true,
  zoomMeetingId: true,
  zoomMeetingUrl: true,
  zoomMeetingPassword: true,
  initiatorReady: true,
  participantReady: true,
  createdAt: true,
  startedAt: true,
  endedAt: true,
  updatedAt: true,
  scheduledFor: true,
  durationMinutes: true,
  scheduledEnd: true,
  note: true,
  invitation: true,
  invitationById: true,
  sequence: true,
  initiator: { select: publicUserSelect },
  participant: { select: publicUserSelect },
  // Zoom registration: each person's own join URL replaces the meeting's (README, The gate, enforced by the provider).
  zoomRegistrants: { select: { userId: true, joinUrl: true }, orderBy: { id: "asc" as const } },
  // Presence and the finish summary are read from these (lib/sessions/presence.ts).
  auditLogs: {
    where: { eventType: { in: PRESENCE_EVENT_TYPES } },
    orderBy: { id: "asc" as const },
    select: { eventType: true, userId: true, metadata: true, createdAt: true, user: { select: publicUserSelect } },
  },
} as const;

export type SessionRow = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;

/** The schedule fields of an instant session (for rows built in code: examples, tests). */
export const INSTANT_SESSION_FIELDS = { scheduledFor: null, durationMinutes: null, scheduledEnd: null, note: null, invitation: null, invitationById: null, sequence: 0 } as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * A Jitsi room name is the meeting's address (README, API): a participant sees it only
 * when they may join now, like the URL. A Zoom meeting id is harmless without the
 * passcode. Admins (`viewerSide` null, never `canJoin`) see a Zoom id, never a Jitsi room:
 * they must not be able to walk into a call.
 */
function showsMeetingId(row: Pick<SessionRow, "videoProvider">, canJoin: boolean): boolean {
  return canJoin || row.videoProvider !== "jitsi";
}

/**
 * Who is in the meeting now (`in_meeting`, user ids) and, once the session is over, how
 * it went (`summary`): who finished it and why, when, how long the meeting ran from the
 * first join, and who joined. `held` is false when nobody joined.
 */
function presenceDto(row: SessionRow) {
  const presence = presenceOf(row, row.auditLogs ?? [], meetingReportsPresence(row.videoProvider));
  const finishedAt = row.endedAt ?? presence.finish?.at ?? (row.status === "missed" ? row.scheduledEnd : null);
  const summary =
    isOver(row.status)
      ? {
          finished_by: presence.finish?.by ?? null,
          reason: presence.finish?.reason ?? (row.status === "missed" ? "missed" : isCancelled(row.status) ? "cancelled" : "ended"),
          finished_at: iso(finishedAt),
          held: presence.joined.length > 0,
          duration_seconds:
            presence.firstJoinedAt && finishedAt ? Math.max(0, Math.round((finishedAt.getTime() - presence.firstJoinedAt.getTime()) / 1000)) : null,
          joined: presence.joined,
        }
      : null;
  return {
    in_meeting: presence.inMeeting,
    presence_reported: meetingReportsPresence(row.videoProvider),
    opened_meeting: presence.opened.map((person) => ({ id: person.id, name: person.name, at: person.at.toISOString() })),
    summary,
  };
}

/**
 * The session as `viewerSide` sees it. `viewerSide` null is an admin's view: they never
 * get the meeting URL or password, since they are not in the meeting.
 */
export function sessionDto(stored: SessionRow, viewerSide: Side | null, at: Date = now()): SessionResponse {
  // A scheduled session whose window passed reads `missed` whether or not the sweep ran.
  const row = asOf(stored, at);
  const eligibility = viewerSide ? joinEligibility(row, viewerSide) : null;
  const canJoin = eligibility?.canJoin ?? false;
  return {
    id: row.id,
    initiator: row.initiator,
    participant: row.participant,
    status: row.status,
    started_by: row.startedById,
    video_provider: row.videoProvider,
    zoom_meeting_id: showsMeetingId(row, canJoin) ? row.zoomMeetingId : null,
    zoom_meeting_url: canJoin && viewerSide ? meetingUrlFor(row, viewerSide) : null,
    zoom_meeting_password: canJoin ? row.zoomMeetingPassword : null,
    initiator_ready: row.initiatorReady,
    participant_ready: row.participantReady,
    can_join: canJoin,
    join_blocked_reason: eligibility?.reason ?? null,
    allowed_actions: allowedActions(row, viewerSide, at),
    shown_actions: shownActions(row, viewerSide, at),
    waiting_for_you: viewerSide ? isWaitingFor(row, viewerSide) : false,
    created_at: row.createdAt.toISOString(),
    started_at: iso(row.startedAt),
    ended_at: iso(row.endedAt),
    updated_at: row.updatedAt.toISOString(),
    scheduled_for: iso(row.scheduledFor),
    duration_minutes: row.durationMinutes,
    note: row.note,
    invitation: row.invitation,
    invitation_by: row.invitationById,
    sequence: row.sequence,
    ...presenceDto(row),
  };
}

/**
 * The meeting URL for one of the two people. With Zoom registration it is their own
 * registrant URL: the meeting's general URL would let anyone register themselves.
 */
export function meetingUrlFor(row: Pick<SessionRow, "zoomMeetingUrl" | "zoomRegistrants" | "initiatorId" | "participantId">, side: Side): string | null {
  if (row.zoomRegistrants.length === 0) return row.zoomMeetingUrl;
  const userId = side === "initiator" ? row.initiatorId : row.participantId;
  return row.zoomRegistrants.find((registrant) => registrant.userId === userId)?.joinUrl ?? null;
}

export function sessionDtoFor(row: SessionRow, viewerId: number): SessionResponse {
  return sessionDto(row, sideOf(row, viewerId));
}

export function eligibilityDto(stored: SessionRow, side: Side): EligibilityResponse {
  const row = asOf(stored, now());
  const eligibility = joinEligibility(row, side);
  const presence = presenceDto(row);
  return {
    session_id: row.id,
    status: row.status,
    can_join: eligibility.canJoin,
    reason: eligibility.reason,
    you_ready: eligibility.youReady,
    other_ready: eligibility.otherReady,
    started_by: row.startedById,
    updated_at: row.updatedAt.toISOString(),
    in_meeting: presence.in_meeting,
    opened_meeting: presence.opened_meeting,
  };
}

export const auditSelect = {
  id: true,
  sessionId: true,
  eventType: true,
  message: true,
  metadata: true,
  createdAt: true,
  user: { select: publicUserSelect },
} as const;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

/**
 * An audit entry as a participant sees it: for a Jitsi session, any metadata value that
 * carries the room name (the meeting's address) is left out, whatever the gate says
 * now; the waiting room and the join token hand the address out. Admins read the
 * entries unchanged (`auditDto`).
 */
export function participantAuditDto(row: AuditRow, session: Pick<SessionRow, "videoProvider" | "zoomMeetingId">): AuditEntryResponse {
  const dto = auditDto(row);
  const room = session.videoProvider === "jitsi" ? session.zoomMeetingId : null;
  if (!room) return dto;
  // Dropping keys keeps the entry valid: the keys that can carry the room are optional.
  const metadata = Object.fromEntries(Object.entries(dto.metadata).filter(([, value]) => !JSON.stringify(value ?? null).includes(room))) as AuditMetadata;
  return { ...dto, metadata };
}

export function auditDto(row: AuditRow): AuditEntryResponse {
  return {
    id: row.id,
    session_id: row.sessionId,
    event_type: row.eventType,
    user: row.user,
    message: row.message,
    metadata: storedMetadata(row),
    created_at: row.createdAt.toISOString(),
  };
}

/**
 * The entry's metadata as its event type's schema reads it. A row that does not fit (none
 * should: every writer goes through lib/sessions/audit.ts) is shown as stored, if an object.
 */
function storedMetadata(row: AuditRow): AuditMetadata {
  const parsed = readAuditMetadata(row.eventType, row.metadata);
  if (parsed) return parsed;
  const raw = row.metadata;
  return (raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : {}) as AuditMetadata;
}
