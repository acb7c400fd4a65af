// The audit event types, without zod: client components import this list, and importing
// it from schemas.ts would ship zod (about 35 KB gzip) to the browser.
export const auditEventTypes = ["created", "started", "zoom_link_generated", "ready", "joined", "left", "ended", "cancelled", "start_timed_out"] as const;
export type AuditEventTypeValue = (typeof auditEventTypes)[number];
