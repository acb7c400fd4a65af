// The parts of Zoom's webhook payloads we read; everything else passes through unread.
import { z } from "@/lib/zod";

export const webhookEnvelope = z.looseObject({
  event: z.string().min(1).max(200),
  event_ts: z.number().optional(),
  payload: z.looseObject({}).optional(),
});

// Zoom's plainToken is short and URL-safe; refusing anything else (no ":") keeps the
// answer from ever looking like a signed "v0:..." message.
export const urlValidationPayload = z.looseObject({
  plainToken: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
});

const meetingId = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative()]).transform(String);
const optionalText = z.string().max(500).nullish();

const zoomParticipant = z.looseObject({
  user_id: z.union([z.string(), z.number()]).transform(String).nullish(),
  user_name: optionalText,
  id: optionalText,
  participant_uuid: optionalText,
  participant_user_id: optionalText,
  email: optionalText,
  /** Present when the meeting requires registration: who this is, whatever name they typed. */
  registrant_id: optionalText,
  join_time: optionalText,
  leave_time: optionalText,
});

export const meetingPayload = z.looseObject({
  object: z.looseObject({
    id: meetingId,
    uuid: optionalText,
    participant: zoomParticipant.optional(),
  }),
});

export const participantPayload = z.looseObject({
  object: z.looseObject({
    id: meetingId,
    uuid: optionalText,
    participant: zoomParticipant,
  }),
});

export type ZoomParticipant = z.infer<typeof zoomParticipant>;
export type MeetingPayload = z.infer<typeof meetingPayload>;
export type ParticipantPayload = z.infer<typeof participantPayload>;

// Responses.

export const WEBHOOK_OUTCOMES = ["recorded", "duplicate", "ignored"] as const;

export const zoomWebhookResponse = z
  .union([
    z.object({ plainToken: z.string(), encryptedToken: z.string() }).meta({ id: "ZoomUrlValidation", description: "The answer to `endpoint.url_validation`." }),
    z.object({ received: z.literal(true), outcome: z.enum(WEBHOOK_OUTCOMES) }).meta({ id: "ZoomWebhookReceived" }),
  ])
  .meta({ id: "ZoomWebhookAnswer" });

export type ZoomWebhookResponse = z.infer<typeof zoomWebhookResponse>;
