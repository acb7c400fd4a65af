// One Zoom delivery: verify the signature over the raw body, then dispatch by event.
// Events we do not use, and meetings that are not ours, get a 200 so Zoom stops retrying.
// Nothing here calls Zoom back, so the answer comes well within Zoom's 3 s.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { validate } from "@/lib/api/body";
import { verifyZoomSignature } from "@/lib/zoom-webhooks/verify-signature";
import { answerUrlValidation } from "@/lib/zoom-webhooks/answer-url-validation";
import { webhookEventKey } from "@/lib/zoom-webhooks/event-key";
import { recordParticipantEvent } from "@/lib/zoom-webhooks/record-participant-event";
import { completeEndedMeeting } from "@/lib/zoom-webhooks/complete-ended-meeting";
import { meetingPayload, participantPayload, urlValidationPayload, webhookEnvelope, type ZoomWebhookResponse } from "@/lib/zoom-webhooks/schemas";

type WebhookAnswer = ZoomWebhookResponse;

export async function handleZoomWebhook({
  db,
  secret,
  rawBody,
  signature,
  timestamp,
}: {
  db: () => Promise<Db>;
  secret: string;
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
}): Promise<WebhookAnswer> {
  verifyZoomSignature({ secret, rawBody, signature, timestamp });
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new AppError("invalid_json");
  }
  const envelope = validate(webhookEnvelope, body);
  const { event, event_ts: eventTs, payload } = envelope;

  if (event === "endpoint.url_validation") {
    const { plainToken } = validate(urlValidationPayload, payload ?? {}, "url_validation payload");
    return answerUrlValidation({ secret, plainToken });
  }
  if (event === "meeting.participant_joined" || event === "meeting.participant_left") {
    const parsed = validate(participantPayload, payload ?? {}, "participant payload");
    const eventKey = webhookEventKey({ event, eventTs, payload: parsed });
    return { received: true, outcome: await recordParticipantEvent({ db: await db(), event, eventKey, payload: parsed }) };
  }
  if (event === "meeting.ended") {
    const parsed = validate(meetingPayload, payload ?? {}, "meeting payload");
    const eventKey = webhookEventKey({ event, eventTs, payload: parsed });
    return { received: true, outcome: await completeEndedMeeting({ db: await db(), eventKey, payload: parsed }) };
  }
  return { received: true, outcome: "ignored" };
}
