// Zoom retries a delivery until it gets a 2xx, so one event may arrive several times
// (with fresh request timestamps). The key is built from the event itself, not the
// delivery: the same participant joining the same meeting instance at the same time.
import crypto from "node:crypto";
import type { MeetingPayload } from "@/lib/zoom-webhooks/schemas";

export function webhookEventKey({ event, eventTs, payload }: { event: string; eventTs: number | undefined; payload: MeetingPayload }): string {
  const { id, uuid, participant } = payload.object;
  const parts = [
    event,
    eventTs ?? null,
    id,
    uuid || null,
    // Zoom sends "" for ids it does not have; fall through to the next one.
    participant?.participant_uuid || participant?.id || participant?.user_id || null,
    participant?.join_time || null,
    participant?.leave_time || null,
  ];
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
