// meeting.ended → the active session becomes completed, through the same path as a
// participant ending it (token revocation, `ended` audit row with no user). The state
// guard in that path makes a repeated delivery a no-op; the event key is stored only as
// a record of what was processed.
import { after } from "next/server";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { endSessionFromProvider } from "@/lib/sessions/end-session";
import { closeMeetingOf } from "@/lib/sessions/close-meeting";
import { canTransition, targetStatus } from "@/lib/sessions/rules";
import { findMeetingSession } from "@/lib/zoom-webhooks/find-meeting-session";
import type { MeetingPayload } from "@/lib/zoom-webhooks/schemas";
import type { WebhookOutcome } from "@/lib/zoom-webhooks/outcome";

export async function completeEndedMeeting({ db, eventKey, payload }: { db: Db; eventKey: string; payload: MeetingPayload }): Promise<WebhookOutcome> {
  const session = await findMeetingSession(db, payload.object.id);
  if (!session) return "ignored";
  if (!canTransition("end", session.status)) return "ignored";
  try {
    await endSessionFromProvider({ db, sessionId: session.id, metadata: { via: "zoom_webhook" } });
  } catch (error) {
    // Ended by a participant (or an earlier delivery) in the meantime.
    if (error instanceof AppError && error.code === "invalid_state") return "ignored";
    throw error;
  }
  await db.zoomWebhookEvent.createMany({ data: [{ eventKey, eventType: "meeting.ended" }], skipDuplicates: true });
  // With join-before-host on, an ended meeting's link would start it again: delete it,
  // after answering so Zoom gets its reply within its 3 s.
  after(() => closeMeetingOf({ status: targetStatus("end"), videoProvider: "zoom", zoomMeetingId: payload.object.id }));
  return "recorded";
}
