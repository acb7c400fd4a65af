"use client";

import useSWR from "swr";
import { fetcher, retryWhileUnavailable, type ApiError } from "@/lib/swr/fetcher";
import type { SessionDto } from "@/lib/sessions/dto";

export type AuditEntry = {
  id: number;
  session_id: number;
  event_type: string;
  user: { id: number; name: string } | null;
  message: string;
  metadata: Record<string, unknown>;
  created_at: string;
};

export function useSession(sessionId: number, fallbackData?: SessionDto) {
  return useSWR<SessionDto, ApiError>(`/api/v1/sessions/${sessionId}/`, fetcher, { fallbackData, revalidateOnMount: !fallbackData, onErrorRetry: retryWhileUnavailable });
}

/** `live`: also poll slowly, for entries no state change announces (provider joined/left events). */
export function useAuditLog(sessionId: number, fallbackData?: AuditEntry[], live = false) {
  return useSWR<AuditEntry[], ApiError>(`/api/v1/sessions/${sessionId}/audit-logs/`, fetcher, {
    fallbackData,
    revalidateOnMount: !fallbackData,
    refreshInterval: live ? 10_000 : 0,
    onErrorRetry: retryWhileUnavailable,
  });
}
