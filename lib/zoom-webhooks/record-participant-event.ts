// meeting.participant_joined / _left → a `joined` / `left` audit entry. The event key is
// inserted in the same transaction, so a repeated delivery hits the unique index and
// writes nothing.
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { writeAudit } from "@/lib/sessions/audit";
import { findMeetingSession } from "@/lib/zoom-webhooks/find-meeting-session";
import { matchParticipant } from "@/lib/zoom-webhooks/match-participant";
import type { ParticipantPayload } from "@/lib/zoom-webhooks/schemas";
import type { WebhookOutcome } from "@/lib/zoom-webhooks/outcome";

export async function recordParticipantEvent({
  db,
  event,
  eventKey,
  payload,
}: {
  db: Db;
  event: "meeting.participant_joined" | "meeting.participant_left";
  eventKey: string;
  payload: ParticipantPayload;
}): Promise<WebhookOutcome> {
  const session = await findMeetingSession(db, payload.object.id);
  if (!session) return "ignored";
  const { participant } = payload.object;
  const user = matchParticipant(participant, [session.initiator, session.participant], session.zoomRegistrants);
  const joined = event === "meeting.participant_joined";
  const who = user?.name || participant.user_name || "Someone";
  try {
    await db.$transaction(async (tx) => {
      await tx.zoomWebhookEvent.create({ data: { eventKey, eventType: event } });
      await writeAudit(tx, {
        sessionId: session.id,
        eventType: joined ? "joined" : "left",
        userId: user?.id ?? null,
        message: `${who} ${joined ? "joined" : "left"} the Zoom meeting`,
        metadata: {
          via: "zoom_webhook",
          zoom_participant: {
            // Zoom sends "" for what it does not know.
            name: participant.user_name || null,
            email: participant.email || null,
            participant_user_id: participant.participant_user_id || null,
            ...(participant.registrant_id ? { registrant_id: participant.registrant_id } : {}),
          },
          ...(joined ? { join_time: participant.join_time || null } : { leave_time: participant.leave_time || null }),
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
  return "recorded";
}
