// One session as the admin sees it (with join tokens), and its audit log by event type.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import { api } from "@/lib/swr/api";
import type { AdminSessionDetailResponse } from "@/lib/admin/schemas";
import type { AuditEventTypeValue } from "@/lib/admin/schemas";
import type { AuditEntryResponse } from "@/lib/sessions/schemas";

export function useAdminSession(sessionId: number, initial: AdminSessionDetailResponse) {
  return useSWR<AdminSessionDetailResponse, ApiError>(api.admin.sessionKey(sessionId), fetcher, { fallbackData: initial });
}

export function useAdminAuditLogs(sessionId: number, eventType: AuditEventTypeValue | "", initialAll: AuditEntryResponse[]) {
  return useSWR<AuditEntryResponse[], ApiError>(api.admin.auditLogsKey(sessionId, eventType), fetcher, {
    // The server rendered the unfiltered log; a filter fetches its own (and shows
    // "loading" meanwhile rather than entries of another type under the filter's name).
    fallbackData: eventType === "" ? initialAll : undefined,
  });
}
