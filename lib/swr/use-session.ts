"use client";

import useSWR from "swr";
import { fetcher, retryWhileUnavailable, type ApiError } from "@/lib/swr/fetcher";
import type { AuditEntryResponse, SessionResponse } from "@/lib/sessions/schemas";
import { api } from "@/lib/swr/api";

export function useSession(sessionId: number, fallbackData?: SessionResponse) {
  return useSWR<SessionResponse, ApiError>(api.sessions.key(sessionId), fetcher, { fallbackData, revalidateOnMount: !fallbackData, onErrorRetry: retryWhileUnavailable });
}

/** `live`: also poll slowly, for entries no state change announces (provider joined/left events). */
export function useAuditLog(sessionId: number, fallbackData?: AuditEntryResponse[], live = false) {
  return useSWR<AuditEntryResponse[], ApiError>(api.sessions.auditLogKey(sessionId), fetcher, {
    fallbackData,
    revalidateOnMount: !fallbackData,
    refreshInterval: live ? 10_000 : 0,
    onErrorRetry: retryWhileUnavailable,
  });
}
