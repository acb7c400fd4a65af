import { describe, expect, it } from "vitest";
import { auditMetadata, auditMetadataFor, auditMetadataSchemas, readAuditMetadata } from "@/lib/sessions/audit-metadata";
import { AUDIT_EVENT_TYPES } from "@/lib/sessions/rules";
import { finishReasonOf } from "@/lib/sessions/finish-reason";

const zoomParticipant = { name: "B on Zoom", email: "b@example.test", participant_user_id: null };

/** What each writer stores (lib/sessions/*, lib/zoom-webhooks/*). */
const written = [
  ["created", {}],
  ["started", {}],
  ["zoom_link_generated", { provider: "zoom", meeting_id: "85746352413" }],
  ["ready", {}],
  ["ready", { via: "join" }],
  ["joined", { via: "join_token" }],
  ["joined", { via: "zoom_webhook", zoom_participant: zoomParticipant, join_time: "2026-11-27T10:00:00Z" }],
  ["left", { via: "zoom_webhook", zoom_participant: zoomParticipant, leave_time: null }],
  ["ended", { provider_close: "ok" }],
  ["ended", { via: "zoom_webhook" }],
  ["cancelled", { by_admin: true, provider_close: "failed", provider_error: "Zoom did not answer" }],
  ["cancelled", { reason: "unfriended" }],
  ["start_timed_out", { provider: "zoom", topic: "Pairline: A & B", attempted_at: "2026-11-27T10:00:00.000Z", meeting_may_exist: true }],
  ["joined", { via: "jaas_webhook", jaas_participant: { name: "Alice", id: "12" } }],
  ["left", { via: "jaas_webhook", room_destroyed: true }],
  ["start_failed", { provider: "zoom", step: "add_registrant", error_code: "provider_rate_limited", meeting_id: "85000000001", meeting_deleted: true }],
  ["joined", { via: "zoom_webhook", zoom_participant: { ...zoomParticipant, registrant_id: "reg-1" }, join_time: null }],
] as const;

describe("audit metadata", () => {
  it("has a schema for every audit event type", () => {
    expect(Object.keys(auditMetadataSchemas).sort()).toEqual([...AUDIT_EVENT_TYPES].sort());
  });

  it.each(written)("%s %o is read back unchanged, and fits the response's union", (eventType, metadata) => {
    expect(readAuditMetadata(eventType, metadata)).toEqual(metadata);
    expect(auditMetadataFor(eventType, metadata as never)).toEqual(metadata);
    expect(auditMetadata.safeParse(metadata).success).toBe(true);
  });

  it.each([
    ["ready", { via: "join_token" }],
    ["joined", { via: "zoom_webhook" }],
    ["cancelled", { reason: "bored" }],
    ["zoom_link_generated", {}],
    ["cancelled", "not an object"],
  ] as const)("%s %o does not fit: readers get null, writers an error", (eventType, metadata) => {
    expect(readAuditMetadata(eventType, metadata)).toBeNull();
    expect(() => auditMetadataFor(eventType, metadata as never)).toThrow();
  });

  it("a missing metadata reads as empty", () => {
    expect(readAuditMetadata("created", null)).toEqual({});
  });
});

describe("finishReasonOf", () => {
  it.each([
    ["ended", 1, {}, "ended"],
    ["ended", null, { via: "zoom_webhook" }, "meeting_ended"],
    ["cancelled", 1, {}, "cancelled"],
    ["cancelled", 1, { provider_close: "ok" }, "cancelled"],
    ["cancelled", 1, { reason: "unfriended", provider_close: "ok" }, "unfriended"],
    ["cancelled", 7, { by_admin: true }, "admin"],
    ["cancelled", 1, { reason: "something new" }, "cancelled"],
  ] as const)("%s by %s with %o is %s", (eventType, userId, metadata, reason) => {
    expect(finishReasonOf({ eventType, userId, metadata })).toBe(reason);
  });
});
