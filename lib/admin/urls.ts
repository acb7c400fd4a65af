// API addresses the admin pages fetch, built the same way on the server and in the browser.
import type { AuditEventTypeValue } from "@/lib/admin/schemas";

export const ADMIN_SESSIONS_API = "/api/v1/admin/sessions";

/** The first page of the list for a canonical filter query string (no cursor). */
export function adminSessionsUrl(query: string, cursor?: number | null): string {
  const params = new URLSearchParams(query);
  if (cursor) params.set("cursor", String(cursor));
  const search = params.toString();
  return search ? `${ADMIN_SESSIONS_API}?${search}` : ADMIN_SESSIONS_API;
}

export function adminSessionUrl(sessionId: number): string {
  return `${ADMIN_SESSIONS_API}/${sessionId}`;
}

export function adminAuditLogsUrl(sessionId: number, eventType: AuditEventTypeValue | "" = ""): string {
  const base = `${ADMIN_SESSIONS_API}/${sessionId}/audit-logs`;
  return eventType ? `${base}?event_type=${eventType}` : base;
}
