// Who is in the meeting now and how a finished session ended, read from the session's
// audit trail (docs/rules.md: `joined`/`left` come from join-token redemption and Zoom's
// webhooks; `ended`/`cancelled` record who finished it and why). Pure: no I/O.
// Only a provider that reports joins and leaves (lib/video/presence-source.ts) has anyone
// "in the meeting"; for the others we know only who opened the meeting link, and when.
import { reportsPresence } from "@/lib/video/presence-source";
import { isActive, isOver, type AuditEventTypeValue, type SessionStatus } from "@/lib/sessions/rules";
import { finishReasonOf, type FinishReason } from "@/lib/sessions/finish-reason";

/** The audit event types this reads; sessionSelect loads only these. */
export const PRESENCE_EVENT_TYPES: AuditEventTypeValue[] = ["joined", "left", "ended", "cancelled"];

export type PresenceEvent = {
  eventType: AuditEventTypeValue;
  userId: number | null;
  metadata: unknown;
  createdAt: Date;
  user: { id: number; name: string } | null;
};

type Presence = {
  /** The two people's ids whose latest joined/left says joined; empty unless active. */
  inMeeting: number[];
  /** Everyone of the two who joined at least once, in order of first joining. */
  joined: { id: number; name: string }[];
  firstJoinedAt: Date | null;
  /** Who opened the meeting link (redeemed a join token), first time each, in order. */
  opened: { id: number; name: string; at: Date }[];
  finish: { by: { id: number; name: string } | null; reason: FinishReason; at: Date } | null;
};

export function presenceOf(
  session: { status: SessionStatus; initiatorId: number; participantId: number; videoProvider: string | null },
  events: readonly PresenceEvent[],
  /** Whether this meeting's provider reports joins and leaves (lib/video/meeting-source.ts decides on the server). */
  known: boolean = reportsPresence(session.videoProvider),
): Presence {
  const people = new Set([session.initiatorId, session.participantId]);
  const inside = new Map<number, boolean>();
  const joined = new Map<number, { id: number; name: string }>();
  const opened = new Map<number, { id: number; name: string; at: Date }>();
  let firstJoinedAt: Date | null = null;
  let finish: Presence["finish"] = null;
  for (const event of events) {
    if (event.eventType === "ended" || event.eventType === "cancelled") {
      finish = { by: event.user, reason: finishReasonOf({ eventType: event.eventType, userId: event.userId, metadata: event.metadata }), at: event.createdAt };
      continue;
    }
    // A Zoom participant we could not match to either person has no user: not counted.
    if (event.userId === null || !people.has(event.userId)) continue;
    if (event.eventType === "joined") {
      inside.set(event.userId, true);
      if (event.user && !joined.has(event.userId)) joined.set(event.userId, event.user);
      firstJoinedAt ??= event.createdAt;
      if (event.user && !opened.has(event.userId) && viaJoinToken(event.metadata)) opened.set(event.userId, { ...event.user, at: event.createdAt });
    } else if (event.eventType === "left") {
      inside.set(event.userId, false);
    }
  }
  const inMeeting = known && isActive(session.status) ? [...inside].filter(([, isIn]) => isIn).map(([id]) => id).sort((a, b) => a - b) : [];
  return { inMeeting, joined: [...joined.values()], firstJoinedAt, opened: [...opened.values()], finish: isOver(session.status) ? finish : null };
}

function viaJoinToken(metadata: unknown): boolean {
  return typeof metadata === "object" && metadata !== null && (metadata as { via?: unknown }).via === "join_token";
}
