// One session as the admin sees it (with join tokens), and its audit log by event type.
import useSWR from "swr";
import { fetcher, type ApiError } from "@/lib/swr/fetcher";
import { adminAuditLogsUrl, adminSessionUrl } from "@/lib/admin/urls";
import type { AdminSessionDetailDto } from "@/lib/admin/dto";
import type { AuditEventTypeValue } from "@/lib/admin/audit-event-types";
import type { auditDto } from "@/lib/sessions/dto";

export type AuditEntryDto = ReturnType<typeof auditDto>;

export function useAdminSession(sessionId: number, initial: AdminSessionDetailDto) {
  return useSWR<AdminSessionDetailDto, ApiError>(adminSessionUrl(sessionId), fetcher, { fallbackData: initial });
}

export function useAdminAuditLogs(sessionId: number, eventType: AuditEventTypeValue | "", initialAll: AuditEntryDto[]) {
  return useSWR<AuditEntryDto[], ApiError>(adminAuditLogsUrl(sessionId, eventType), fetcher, {
    // The server rendered the unfiltered log; a filter fetches its own (and shows
    // "loading" meanwhile rather than entries of another type under the filter's name).
    fallbackData: eventType === "" ? initialAll : undefined,
  });
}
