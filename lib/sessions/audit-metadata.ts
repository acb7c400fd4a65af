// What an audit entry's `metadata` holds, one schema per event type (the Prisma enum's
// list, lib/sessions/rules.ts). Writers are typed by these schemas (lib/sessions/audit.ts),
// readers parse with them instead of reading keys one by one, and the API's AuditEntry
// refers to their union. Pure and browser-safe: the activity sentences use it too.
import { z } from "@/lib/zod";
import { VideoProvider } from "@/lib/generated/prisma/enums";
import type { AuditEventTypeValue } from "@/lib/sessions/rules";

const provider = z.enum(VideoProvider);

/** What closing the provider's meeting did (lib/sessions/close-meeting.ts); absent when there was no meeting. */
const providerClose = {
  provider_close: z.enum(["ok", "failed"]).optional(),
  provider_error: z.string().optional().meta({ description: "Why closing the meeting failed." }),
};

/** Zoom sends "" for what it does not know; it is stored as null. */
const zoomParticipant = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  participant_user_id: z.string().nullable(),
  registrant_id: z.string().nullable().optional().meta({ description: "The person's Zoom registration, when the meeting requires one." }),
});

/** What JaaS told us about a participant (README, The gate, enforced by the provider): `id` is the JWT's user id. */
const jaasParticipant = z.object({ name: z.string().nullable(), id: z.string().nullable() });

/** A scheduled session's time (README, Scheduling and calendars). */
const scheduledTime = z.object({
  starts_at: z.string().meta({ description: "The proposed start (UTC, ISO 8601)." }),
  duration_minutes: z.number().int(),
});

/** The entries that carry no details. */
const noDetails = z.object({});

export const auditMetadataSchemas = {
  created: noDetails,
  started: noDetails,
  zoom_link_generated: z.object({
    provider,
    meeting_id: z.string().optional().meta({ description: "Left out for participants of a Jitsi session: the room name is the meeting's address." }),
  }),
  ready: z.object({ via: z.literal("join").optional().meta({ description: "Marked ready by redeeming a join token." }) }),
  joined: z.discriminatedUnion("via", [
    z.object({ via: z.literal("join_token") }),
    z.object({ via: z.literal("zoom_webhook"), zoom_participant: zoomParticipant, join_time: z.string().nullable() }),
    z.object({ via: z.literal("jaas_webhook"), jaas_participant: jaasParticipant }),
  ]),
  left: z.discriminatedUnion("via", [
    z.object({ via: z.literal("zoom_webhook"), zoom_participant: zoomParticipant, leave_time: z.string().nullable() }),
    z.object({
      via: z.literal("jaas_webhook"),
      jaas_participant: jaasParticipant.optional(),
      room_destroyed: z.literal(true).optional().meta({ description: "The room closed with this person still in it." }),
    }),
  ]),
  ended: z.object({ via: z.literal("zoom_webhook").optional().meta({ description: "The provider ended the meeting." }), ...providerClose }),
  cancelled: z.object({
    reason: z
      .enum(["unfriended", "account_disabled", "account_deleted"])
      .optional()
      .meta({ description: "`unfriended`: one of the two ended the friendship; `account_disabled`: an admin disabled one of the two; `account_deleted`: one of the two deleted their account." }),
    by_admin: z.literal(true).optional(),
    ...providerClose,
  }),
  start_timed_out: z.object({ provider, topic: z.string(), attempted_at: z.string(), meeting_may_exist: z.literal(true) }),
  scheduled: scheduledTime,
  rescheduled: scheduledTime.extend({ previous_starts_at: z.string().meta({ description: "The time it had before (UTC)." }) }),
  invitation_accepted: noDetails,
  invitation_declined: noDetails,
  missed: noDetails,
  start_failed: z.object({
    provider,
    step: z.literal("add_registrant").meta({ description: "The meeting was created; registering a participant failed." }),
    error_code: z.enum(["provider_error", "provider_rate_limited", "provider_timeout"]),
    meeting_id: z.string(),
    meeting_deleted: z.boolean().meta({ description: "False: the meeting may still exist at the provider (see undo_error)." }),
    undo_error: z.string().optional(),
  }),
} satisfies Record<AuditEventTypeValue, z.ZodType>;

export type AuditMetadata<E extends AuditEventTypeValue = AuditEventTypeValue> = z.infer<(typeof auditMetadataSchemas)[E]>;

/** The provider-close part of an `ended` or `cancelled` entry. */
export type ProviderCloseMetadata = Pick<AuditMetadata<"cancelled">, "provider_close" | "provider_error">;

/** Any entry's metadata, for the API response (which event type it is says the entry's `event_type`). */
type AnyAuditMetadataSchema = (typeof auditMetadataSchemas)[AuditEventTypeValue];
export const auditMetadata = z
  // Each distinct schema once: event types that share one (no details) would repeat it.
  .union([...new Set(Object.values(auditMetadataSchemas))] as [AnyAuditMetadataSchema, ...AnyAuditMetadataSchema[]])
  .meta({ id: "AuditMetadata", description: "Details of the entry; which keys depends on `event_type`." });

/** Checks (and types) what a writer is about to store. */
export function auditMetadataFor<E extends AuditEventTypeValue>(eventType: E, metadata: AuditMetadata<E>): AuditMetadata<E> {
  return auditMetadataSchemas[eventType].parse(metadata) as AuditMetadata<E>;
}

/** A stored entry's metadata as its event type's schema reads it; null when it does not fit. */
export function readAuditMetadata<E extends AuditEventTypeValue>(eventType: E, metadata: unknown): AuditMetadata<E> | null {
  const parsed = auditMetadataSchemas[eventType].safeParse(metadata ?? {});
  return parsed.success ? (parsed.data as AuditMetadata<E>) : null;
}
