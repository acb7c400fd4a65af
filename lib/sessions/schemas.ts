import { z } from "@/lib/zod";
import { Invitation, VideoProvider } from "@/lib/generated/prisma/enums";
import { cursorParam, queryInteger } from "@/lib/record-id";
import { recordIdValue, timestamp } from "@/lib/api/schemas";
import { userRefResponse } from "@/lib/accounts/schemas";
import { AUDIT_EVENT_TYPES, DURATION_MINUTES, JOIN_BLOCKED_REASONS, NOTE_MAX_LENGTH, SESSION_ACTIONS, SESSION_STATUSES } from "@/lib/sessions/rules";
import { auditMetadata } from "@/lib/sessions/audit-metadata";
import { FINISH_REASONS } from "@/lib/sessions/finish-reason";

const positiveId = z.number({ error: (issue) => (issue.input === undefined ? "Required" : "Expected a positive integer") }).int("Expected a positive integer").positive("Expected a positive integer").max(2_147_483_647, "Expected a positive integer");

export const createSessionBody = z.object({ participant_id: positiveId }).strict();

/** An ISO 8601 time with a zone (`Z` or an offset); stored in UTC. How far ahead is checked against the app's clock (rules.ts). */
const startsAt = z.iso
  .datetime({ offset: true, error: (issue) => (issue.input === undefined ? "Required" : "Expected an ISO 8601 date-time with a zone, e.g. 2026-12-24T15:00:00Z") })
  .meta({ description: "The start, ISO 8601 with `Z` or an offset; at least 5 minutes and at most 90 days ahead.", examples: ["2026-12-24T15:00:00Z"] });
const durationMinutes = z
  .number({ error: `Expected an integer from ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}` })
  .int(`Expected an integer from ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}`)
  .min(DURATION_MINUTES.min, `Expected an integer from ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}`)
  .max(DURATION_MINUTES.max, `Expected an integer from ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}`)
  .meta({ description: `Minutes, ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}; default ${DURATION_MINUTES.default}.` });

export const scheduleSessionBody = z
  .object({
    participant_id: positiveId,
    starts_at: startsAt,
    duration_minutes: durationMinutes.optional(),
    note: z.string({ error: "Expected a string" }).max(NOTE_MAX_LENGTH, `At most ${NOTE_MAX_LENGTH} characters`).optional(),
  })
  .strict();

export const rescheduleSessionBody = z.object({ starts_at: startsAt, duration_minutes: durationMinutes.optional() }).strict();

export type ScheduleSessionBody = z.infer<typeof scheduleSessionBody>;
export type RescheduleSessionBody = z.infer<typeof rescheduleSessionBody>;

export const validateJoinTokenBody = z.object({ token: z.string().min(1, "Required").max(200, "At most 200 characters") }).strict();

export const sessionStatusValues = SESSION_STATUSES;

export const listSessionsQuery = z
  .object({
    status: z.enum(sessionStatusValues, { error: `Expected one of ${SESSION_STATUSES.join(", ")}` }).optional(),
    limit: z
      .string()
      .regex(/^\d+$/, "Expected an integer from 1 to 100")
      .transform(Number)
      .pipe(z.number().int().min(1, "Expected an integer from 1 to 100").max(100, "Expected an integer from 1 to 100"))
      .meta(queryInteger({ minimum: 1, maximum: 100, description: "Page size, 1 to 100." }))
      .optional(),
    cursor: cursorParam.optional(),
  })
  .strict();

export type ListSessionsQuery = z.infer<typeof listSessionsQuery>;

// Responses.

const sessionStatus = z.enum(SESSION_STATUSES).meta({ id: "SessionStatus" });
const sessionAction = z.enum(SESSION_ACTIONS).meta({ id: "SessionAction" });
const joinBlockedReason = z.enum(JOIN_BLOCKED_REASONS).meta({ id: "JoinBlockedReason" });
const auditEventType = z.enum(AUDIT_EVENT_TYPES).meta({ id: "AuditEventType" });

const nullableTimestamp = timestamp.nullable();

const inMeeting = z.array(recordIdValue).meta({
  description:
    "Ids of the two people in the meeting now (from join-token redemption and Zoom's joined/left webhooks); empty unless active, and always empty when the provider does not report joins and leaves (`presence_reported` false: plain or self-hosted Jitsi). See `opened_meeting`.",
});

const openedMeeting = z
  .array(z.object({ id: recordIdValue, name: z.string(), at: timestamp }).meta({ id: "MeetingOpened" }))
  .meta({ description: "Who opened the meeting link (redeemed a join token) and when, first time each, in order. Opening the link does not mean they are in the meeting now." });

const sessionSummary = z
  .object({
    finished_by: userRefResponse.nullable().meta({ description: "Who ended or cancelled it; null when the video provider ended the meeting." }),
    reason: z.enum(FINISH_REASONS),
    finished_at: nullableTimestamp,
    held: z.boolean().meta({ description: "False when nobody joined the meeting (or, for plain Jitsi, opened its link)." }),
    duration_seconds: z.number().int().nonnegative().nullable().meta({ description: "From the first join (for plain Jitsi: the first opened link) to the end of the session; null when nobody joined. Not the length of the call itself." }),
    joined: z.array(userRefResponse).meta({ description: "Who joined at least once, in order of first joining." }),
  })
  .meta({ id: "SessionSummary", description: "How a finished session went; null while it is open." });

export const sessionResponse = z
  .object({
    id: recordIdValue,
    initiator: userRefResponse,
    participant: userRefResponse,
    status: sessionStatus,
    started_by: recordIdValue.nullable().meta({ description: "The user who started the meeting." }),
    video_provider: z.enum(VideoProvider).nullable(),
    zoom_meeting_id: z.string().nullable().meta({ description: "The meeting of whichever provider made it (`video_provider`: Zoom or Jitsi; the name is the original API's). A Zoom meeting id, or the Jitsi room name, which is its address: null unless the caller may join now." }),
    zoom_meeting_url: z.string().nullable().meta({ description: "The meeting's join URL, Zoom or Jitsi (`video_provider`). Null unless the caller may join now." }),
    zoom_meeting_password: z.string().nullable().meta({ description: "The meeting's password, Zoom or Jitsi (`video_provider`; a Jitsi room may have none). Null unless the caller may join now." }),
    initiator_ready: z.boolean(),
    participant_ready: z.boolean(),
    can_join: z.boolean(),
    join_blocked_reason: joinBlockedReason.nullable(),
    allowed_actions: z.array(sessionAction).meta({ description: "What the caller may do now." }),
    shown_actions: z.array(sessionAction).meta({
      description:
        "The subset of `allowed_actions` the pages show as buttons: `ready` only where it matters (not to the one who started an active meeting: joining marks them ready), and `end` rather than `cancel` while the meeting is active.",
    }),
    waiting_for_you: z.boolean().meta({
      description:
        "The session is open, the other person is ready or has started the meeting, and you are not ready yet: the same rule as the `waiting_sessions` count. Always false in an admin's view.",
    }),
    created_at: timestamp,
    started_at: nullableTimestamp,
    ended_at: nullableTimestamp,
    updated_at: timestamp,
    scheduled_for: nullableTimestamp.meta({ description: "When a scheduled session is planned to start (UTC); null for an instant session." }),
    duration_minutes: z.number().int().nullable().meta({ description: "A scheduled session's planned length; null for an instant session." }),
    note: z.string().nullable().meta({ description: "The proposer's note; null when none." }),
    invitation: z.enum(Invitation).nullable().meta({ description: "`proposed` until the invitee accepts; null for an instant session." }),
    invitation_by: recordIdValue.nullable().meta({ description: "Who proposed the current time (the other person accepts or declines)." }),
    sequence: z.number().int().nonnegative().meta({ description: "The calendar SEQUENCE: +1 on every reschedule and cancellation." }),
    in_meeting: inMeeting,
    presence_reported: z.boolean().meta({ description: "The video provider reports joins and leaves (Zoom's webhooks, or 8x8 JaaS webhooks when configured), so `in_meeting` says who is in the meeting; false for plain or self-hosted Jitsi." }),
    opened_meeting: openedMeeting,
    summary: sessionSummary.nullable(),
  })
  .meta({ id: "Session" });

export const sessionListResponse = z.array(sessionResponse).meta({ description: "Newest first (`?status=scheduled`: soonest first); a `Link: <...>; rel=\"next\"` header when there is more." });

export const eligibilityResponse = z
  .object({
    session_id: recordIdValue,
    status: sessionStatus,
    can_join: z.boolean(),
    reason: joinBlockedReason.nullable(),
    you_ready: z.boolean(),
    other_ready: z.boolean(),
    started_by: recordIdValue.nullable(),
    updated_at: timestamp,
    in_meeting: inMeeting,
    opened_meeting: openedMeeting,
  })
  .meta({ id: "JoinEligibility" });

export const joinTokenResponse = z
  .object({ token: z.string(), expires_at: timestamp, session_id: recordIdValue, join_url: z.string() })
  .meta({ id: "JoinToken", description: "One use, for the caller only." });

const meetingResponse = z
  .object({ provider: z.enum(VideoProvider).nullable(), meeting_id: z.string().nullable(), join_url: z.string().nullable(), password: z.string().nullable() })
  .meta({ id: "Meeting" });

export const redeemedJoinTokenResponse = z.object({ session: sessionResponse, meeting: meetingResponse }).meta({ id: "RedeemedJoinToken" });

const auditEntryResponse = z
  .object({
    id: recordIdValue,
    session_id: recordIdValue,
    event_type: auditEventType,
    user: userRefResponse.nullable().meta({ description: "Null for the system (e.g. a provider webhook)." }),
    message: z.string(),
    metadata: auditMetadata,
    created_at: timestamp,
  })
  .meta({ id: "AuditEntry" });

export const auditLogResponse = z.array(auditEntryResponse).meta({ description: "Oldest first." });

export type SessionResponse = z.infer<typeof sessionResponse>;
export type EligibilityResponse = z.infer<typeof eligibilityResponse>;
export type JoinTokenResponse = z.infer<typeof joinTokenResponse>;
export type RedeemedJoinTokenResponse = z.infer<typeof redeemedJoinTokenResponse>;
export type AuditEntryResponse = z.infer<typeof auditEntryResponse>;
